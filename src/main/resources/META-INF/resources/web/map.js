// The pages' maps (tags/placemap.html; the location picker of the organization form): places from the
// data-places attribute, drawn with Leaflet over the tiles
// the district configured. Everything on a map is also in the page's text; without JavaScript, Leaflet or tiles the
// page works the same, and a tile that cannot load leaves the background blank.
(function () {
  'use strict';
  var COLOURS = {
    partner: '#0b5394', school: '#5b2a86', covered: '#1a7f37', partial: '#9a5b00', uncovered: '#b42318', none: '#6b7280'
  };

  function popup(place) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = place.url;
    link.textContent = place.name;
    box.appendChild(link);
    if (place.note) {
      var note = document.createElement('p');
      note.textContent = place.note;
      box.appendChild(note);
    }
    return box;
  }

  function base(element) {
    // shown first: Leaflet measures the box, and a hidden one has no size
    element.classList.add('map-ready');
    var map = window.L.map(element, { scrollWheelZoom: false });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      window.L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute('data-attribution') }).addTo(map);
    }
    return map;
  }

  // A form's location picker: a click sets the latitude and longitude fields named in data-picker, and typing in
  // them moves the pin.
  function pick(element) {
    var ids = element.getAttribute('data-picker').split(' ');
    var lat = document.getElementById(ids[0]);
    var lon = document.getElementById(ids[1]);
    if (!lat || !lon) {
      return;
    }
    var map = base(element);
    var hint = element.parentNode.querySelector('.picker-hint');
    if (hint) {
      hint.hidden = false;
    }
    var marker = null;
    function place(latLng, zoom) {
      if (marker) {
        marker.setLatLng(latLng);
      } else {
        marker = window.L.circleMarker(latLng, {
          radius: 8, color: '#ffffff', weight: 2, fillColor: COLOURS.partner, fillOpacity: 0.95, className: 'place place-picked'
        }).addTo(map);
      }
      map.setView(latLng, zoom || map.getZoom());
    }
    function typed() {
      var y = parseFloat(lat.value);
      var x = parseFloat(lon.value);
      return isFinite(y) && isFinite(x) && Math.abs(y) <= 90 && Math.abs(x) <= 180 ? [y, x] : null;
    }
    var centre = element.getAttribute('data-center').split(',').map(parseFloat);
    var start = typed();
    if (start) {
      place(start, 15);
    } else {
      map.setView(centre, 11);
    }
    map.on('click', function (event) {
      lat.value = event.latlng.lat.toFixed(5);
      lon.value = event.latlng.lng.toFixed(5);
      place(event.latlng);
    });
    [lat, lon].forEach(function (input) {
      input.addEventListener('change', function () {
        var at = typed();
        if (at) {
          place(at);
        }
      });
    });
  }

  function draw(element) {
    var places = JSON.parse(element.getAttribute('data-places') || '[]');
    if (places.length === 0) {
      return;
    }
    var map = base(element);
    var bounds = [];
    places.forEach(function (place) {
      var colour = COLOURS[place.status] || COLOURS.none;
      if (place.radiusKm) {
        var area = window.L.circle([place.lat, place.lon], {
          radius: place.radiusKm * 1000, color: colour, weight: 1, fillOpacity: 0.06, interactive: false
        }).addTo(map);
        bounds.push(area.getLatLng());
      }
      window.L.circleMarker([place.lat, place.lon], {
        radius: place.kind === 'school' ? 8 : 6, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 0.95,
        className: 'place place-' + place.status
      }).bindPopup(popup(place)).bindTooltip(place.name).addTo(map);
      bounds.push([place.lat, place.lon]);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], 12);
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
  }

  function start() {
    if (!window.L) {
      return;
    }
    document.querySelectorAll('.map[data-places]').forEach(draw);
    document.querySelectorAll('.map[data-picker]').forEach(function (element) {
      var details = element.closest('details');
      if (details && !details.open) {
        // drawn when first opened: a closed box has no size to measure
        details.addEventListener('toggle', function once() {
          details.removeEventListener('toggle', once);
          pick(element);
        });
      } else {
        pick(element);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
