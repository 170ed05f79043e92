/** Who is signed in, as the CMS's session route tells it. */
export type Role = 'member' | 'coordination';

export interface SessionPerson {
	userId: number;
	email: string;
	role: Role;
	actor: { documentId: string; name: string } | null;
}
