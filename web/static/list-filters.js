// Progressive enhancement of the list filters (offerings, actors): everything works without this
// file; with it, a changed filter applies at once and "near me" can fill in the municipality.
// Loaded as a module from this origin (CSP script-src 'self'), no inline code.
/* global document, HTMLInputElement, HTMLSelectElement */

const REOPEN_KEY = 'list-filters-reopen';

for (const form of document.querySelectorAll('form.list-filters')) {
	// after a filter applied on change, come back to the open filters and the control just used
	const reopen = sessionStorage.getItem(REOPEN_KEY);
	if (reopen) {
		sessionStorage.removeItem(REOPEN_KEY);
		const control = document.getElementById(reopen);
		if (control && form.contains(control)) {
			const details = form.closest('details');
			if (details) details.open = true;
			control.focus({ preventScroll: false });
		}
	}
	form.addEventListener('change', (event) => {
		const target = event.target;
		if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
		if (target.id) sessionStorage.setItem(REOPEN_KEY, target.id);
		form.requestSubmit();
	});
	setUpNearMe(form);
}

/** Great-circle distance in km (the same formula as src/lib/geo.ts). */
function distanceKm(a, b) {
	const rad = (d) => (d * Math.PI) / 180;
	const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function setUpNearMe(form) {
	const button = form.querySelector('button.near-me');
	const select = form.querySelector('select[name="nahe"]');
	const status = form.querySelector('.near-me-status');
	if (!button || !select || !('geolocation' in navigator)) return;
	const centres = JSON.parse(select.dataset.centres || '[]');
	button.hidden = false;
	button.addEventListener('click', () => {
		// the browser asks for consent; the position stays here: only the nearest municipality's slug goes into the form
		if (status) status.textContent = button.dataset.asking || '';
		navigator.geolocation.getCurrentPosition(
			(position) => {
				const here = { latitude: position.coords.latitude, longitude: position.coords.longitude };
				let best;
				for (const centre of centres) {
					const d = distanceKm(here, centre);
					if (!best || d < best.d) best = { slug: centre.slug, d };
				}
				if (!best) return;
				select.value = best.slug;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			},
			() => {
				if (status) status.textContent = button.dataset.failed || '';
			},
			{ enableHighAccuracy: false, maximumAge: 600000, timeout: 15000 }
		);
	});
}
