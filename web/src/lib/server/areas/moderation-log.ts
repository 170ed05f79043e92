/** The moderation log as the CMS answers it (GET /api/moderation/log), narrowed at the door. */
import type { LogEntry } from '../../components/area/ModerationLogTable.svelte';
import { listOf, withFields } from '../cms/shape.ts';

export const isModerationLog = listOf(withFields<LogEntry>({ documentId: 'string', action: 'string', targetType: 'string', targetDocumentId: 'string', title: 'string?', createdAt: 'string' }));
