/** Labels of the CMS's enumerations in the visitor's language (the message catalogue translates them). */
import { m } from './paraglide/messages.js';

export function actorKindLabel(kind: string): string {
	switch (kind) {
		case 'counselling_service':
			return m.kind_counselling_service();
		case 'association':
			return m.kind_association();
		case 'church':
			return m.kind_church();
		case 'administration':
			return m.kind_administration();
		case 'shelter':
			return m.kind_shelter();
		case 'support_service':
			return m.kind_support_service();
		case 'education_provider':
			return m.kind_education_provider();
		case 'initiative':
			return m.kind_initiative();
		case 'volunteer_guide':
			return m.kind_volunteer_guide();
		default:
			return m.kind_other();
	}
}

export function eventKindLabel(kind: string): string {
	switch (kind) {
		case 'plenary':
			return m.event_kind_plenary();
		case 'intercultural_week':
			return m.event_kind_intercultural_week();
		case 'working_group_meeting':
			return m.event_kind_working_group_meeting();
		default:
			return m.event_kind_public_event();
	}
}

export function municipalityKindLabel(kind: string): string {
	switch (kind) {
		case 'collective_municipality':
			return m.municipality_kind_collective_municipality();
		case 'member_municipality':
			return m.municipality_kind_member_municipality();
		default:
			return m.municipality_kind_unitary_municipality();
	}
}
