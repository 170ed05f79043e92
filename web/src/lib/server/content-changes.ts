/**
 * Changes of CMS content as the site learns about them (from the CMS's signed change
 * notifications, possibly relayed between site instances). Caches and the search index subscribe
 * here, so that the door to the CMS does not need to know who keeps what.
 */

/** A content type of the CMS by its short name (`offering`, `actor`, `event`, `news-article`, …); `*` is everything. */
export type ContentType = string;

export interface ContentChange {
	/** e.g. `offering`; `*` asks every subscriber to drop everything */
	type: ContentType;
	/** the changed document; absent when a whole type changed */
	documentId?: string;
	/** what happened, for logs (create, update, publish, unpublish, delete, withdraw, restore, approve, …) */
	action?: string;
}

type Listener = (change: ContentChange) => void | Promise<void>;

const listeners = new Set<Listener>();

/** Subscribes to content changes; returns the unsubscribe function. */
export function onContentChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells every subscriber of this process about a change; a failing subscriber does not stop the others. */
export async function emitContentChange(change: ContentChange): Promise<void> {
	await Promise.allSettled([...listeners].map(async (listener) => listener(change)));
}
