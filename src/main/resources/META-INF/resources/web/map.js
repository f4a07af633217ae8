// The pages' maps (tags/placemap.html): places from the data-places attribute, drawn with Leaflet over the tiles
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

  function draw(element) {
    var places = JSON.parse(element.getAttribute('data-places') || '[]');
    if (!window.L || places.length === 0) {
      return;
    }
    // shown first: Leaflet measures the box, and a hidden one has no size
    element.classList.add('map-ready');
    var map = window.L.map(element, { scrollWheelZoom: false });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      window.L.tileLayer(tiles, { maxZoom: 18, attribution: element.getAttribute('data-attribution') }).addTo(map);
    }
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
    var element = document.getElementById('map');
    if (element) {
      draw(element);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
