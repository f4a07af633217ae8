// PartnerMatch web pages work without script; this only helps keyboard and screen-reader users.
document.addEventListener('DOMContentLoaded', function () {
  // After a rejected form, move focus to the list of problems so it is read out first.
  var problem = document.getElementById('form-problem');
  if (problem) {
    problem.focus();
    return;
  }
  // Opening a "Send a request" section moves focus into its first field.
  document.querySelectorAll('details.request').forEach(function (details) {
    details.addEventListener('toggle', function () {
      var first = details.querySelector('input:not([type=hidden]), textarea');
      if (details.open && first) {
        first.focus();
      }
    });
  });
});
