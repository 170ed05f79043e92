import { joinAction } from '#lib/server/join-action.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	antrag: joinAction
};
