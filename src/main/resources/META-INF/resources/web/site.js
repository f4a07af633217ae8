// PartnerMatch web pages work without script; this only helps keyboard and screen-reader users, and suggests
// language names as people type a list of them.
document.addEventListener('DOMContentLoaded', function () {
  // The search filters sit before the results; on a phone they start folded so the results follow at once.
  var filters = document.getElementById('filter-panel');
  if (filters && window.matchMedia('(max-width: 40rem)').matches) {
    filters.open = false;
  }
  // A comma-separated list field with suggestions (tags/field.html): the browser suggests whole values, so the
  // suggestions are rewritten as "what is typed so far" + each name that starts with the word being typed.
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) {
      return;
    }
    var names = Array.prototype.map.call(list.options, function (option) { return option.value; });
    function fold(text) {
      return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    }
    input.addEventListener('input', function () {
      var value = input.value;
      var cut = value.lastIndexOf(',') + 1;
      var before = value.slice(0, cut) + (cut > 0 ? ' ' : '');
      var word = fold(value.slice(cut).trim());
      var chosen = value.slice(0, cut).split(',').map(function (part) { return fold(part.trim()); });
      list.textContent = '';
      names.filter(function (name) {
        return word.length > 0 && fold(name).indexOf(word) === 0 && chosen.indexOf(fold(name)) < 0;
      }).slice(0, 8).forEach(function (name) {
        var option = document.createElement('option');
        option.value = before.replace(/\s+$/, ' ').replace(/^ $/, '') + name;
        list.appendChild(option);
      });
    });
  });

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
