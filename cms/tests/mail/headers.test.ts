import { describe, expect, it } from 'vitest';
import { composeMail, headerText } from '../../src/mail/send';

/** Subjects are built from titles and organisation names: nothing in them may reach another header. */
describe('mail headers built from typed text', () => {
  it.each([
    ['Zur Prüfung: Kurs\r\nBcc: alle@example.org', 'Zur Prüfung: Kurs Bcc: alle@example.org'],
    ['Zur Prüfung: Kurs\nX-Evil: 1', 'Zur Prüfung: Kurs X-Evil: 1'],
    ['Zur Prüfung: Kurs\rX-Evil: 1', 'Zur Prüfung: Kurs X-Evil: 1'],
    ['Freigegeben:\tKurs\u0000\u0085\u2028Ende', 'Freigegeben: Kurs Ende'],
    ['Zurückgegeben: „Deutsch für Anfänger“', 'Zurückgegeben: „Deutsch für Anfänger“'],
  ])('makes one line of %j', (subject, expected) => {
    expect(headerText(subject)).toBe(expected);
    expect(composeMail({ to: ['a@example.org'], subject, text: 'x' }).subject).toBe(expected);
  });

  it('keeps the line breaks of the body', () => {
    expect(composeMail({ to: ['a@example.org'], subject: 's', text: 'Guten Tag,\n\nZeile 2' }).text).toBe('Guten Tag,\n\nZeile 2');
  });

  it('sends only to plain addresses, each once', () => {
    const mail = composeMail({
      to: ['kvhs@example.org', 'kvhs@example.org', 'a@example.org\r\nBcc: b@example.org', 'x@example.org, y@example.org', '"Name" <n@example.org>', '', 'drk@example.org'],
      subject: 's',
      text: 't',
    });
    expect(mail.to).toEqual(['kvhs@example.org', 'drk@example.org']);
    expect(mail.refused).toBe(3);
  });
});
