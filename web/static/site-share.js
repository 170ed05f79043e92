/* global document, window */
// Progressive enhancement for the share box (ShareLinks.svelte): reveal "copy link" and "print"
// and wire them up. Without JavaScript the page works as it is (plain share links, browser print).
(() => {
	for (const item of document.querySelectorAll('.share-links .needs-js')) item.hidden = false;
	const status = document.querySelector('[data-share-status]');
	for (const button of document.querySelectorAll('[data-copy-link]')) {
		button.addEventListener('click', async () => {
			const link = button.getAttribute('data-copy-link');
			try {
				await navigator.clipboard.writeText(link);
				if (status) status.textContent = button.getAttribute('data-copied') ?? '';
			} catch {
				// no clipboard (insecure context, refused): select the link so it can be copied by hand
				window.prompt('', link);
			}
		});
	}
	for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print());
})();
