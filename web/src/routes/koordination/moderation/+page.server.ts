import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The CMS's "waiting for review" mails link here: the queue is the area's start page. */
export const load: PageServerLoad = () => redirect(308, '/koordination');
