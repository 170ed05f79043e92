import type { EventSeed } from '../types';

/**
 * Dates of the network: plenaries, Intercultural Week programme items, working-group meetings and
 * public events. Days are relative to the day of seeding, so upcoming events stay upcoming. Street
 * names are invented; postal codes are those of the towns.
 */
export const events: EventSeed[] = [
  // ---------------------------------------------------------------- Netzwerkvollversammlung
  {
    slug: 'netzwerkvollversammlung-naechste',
    title: 'Netzwerkvollversammlung: Ankommen in Arbeit und Ausbildung',
    kind: 'plenary',
    visibility: 'public',
    summary:
      'Die jährliche Vollversammlung des Netzwerks Integration Börde mit Vorträgen von Landes- und Bundesbehörden, einem Überblick über die Zuwanderung im Landkreis, Workshops und viel Zeit zum Vernetzen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Einmal im Jahr lädt die Koordinierungsstelle für Migration alle Akteurinnen und Akteure der Integrationsarbeit im Landkreis Börde zur Netzwerkvollversammlung ein. In diesem Jahr steht der Übergang in Arbeit und Ausbildung im Mittelpunkt. Nach einem Grußwort der Kreisverwaltung berichten Referentinnen und Referenten des Landesministeriums für Integration und des Bundesamts für Migration und Flüchtlinge über aktuelle Entwicklungen; die Koordinierungsstelle stellt die Zahlen zur Zuwanderung im Landkreis vor.' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Workshops am Nachmittag' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Praktikum, Ausbildung, Job: Wege in Betriebe der Region' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Deutsch lernen auf dem Land: Kurse, Fahrwege, Kinderbetreuung' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Ehrenamt stärken: Begleitung, Fortbildung, Anerkennung' }] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Beim Markt der Möglichkeiten in der Mittagspause stellen Mitglieder des Netzwerks ihre Angebote vor. Die Teilnahme ist kostenlos, für das Mittagessen ist gesorgt. ' }, { type: 'text', text: 'Bitte melden Sie sich bis zwei Wochen vorher bei der Koordinierungsstelle an.', bold: true }] },
    ],
    starts: { days: 60, time: '09:30' },
    ends: { days: 60, time: '15:30' },
    venueName: 'Kreisverwaltung Börde, Großer Sitzungssaal',
    venueAddress: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'koordinierungsstelle-migration',
    municipality: 'haldensleben',
    registrationMode: 'form',
    registrationDeadline: { days: 46, time: '23:59' },
    capacity: 120,
    registrationNote: 'Bitte melden Sie sich bis zwei Wochen vorher an. Gebärdensprach- und Sprachdolmetschen organisieren wir gern, wenn Sie es bei der Anmeldung angeben.',
    registrationQuestion: 'An welchem Workshop möchten Sie am Nachmittag teilnehmen?',
    translations: [
      {
        locale: 'en',
        title: 'Network plenary: Getting started in work and vocational training',
        registrationNote: 'Please register two weeks in advance. We are glad to arrange sign language and spoken language interpreting if you mention it when registering.',
        registrationQuestion: 'Which workshop would you like to join in the afternoon?',
        summary:
          'The annual plenary of the Börde Integration Network with talks from state and federal authorities, an overview of immigration in the district, workshops and plenty of time for networking.',
      },
      {
        locale: 'ar',
        title: 'الجمعية العامة للشبكة: الوصول إلى العمل والتدريب المهني',
        summary:
          'الاجتماع السنوي العام لشبكة الاندماج في بورده، ويتضمّن محاضرات من جهات حكومية على مستوى الولاية والاتحاد، ولمحة عامة عن الهجرة في المقاطعة، وورش عمل، ووقتاً كافياً للتعارف وبناء العلاقات.',
      },
      {
        locale: 'uk',
        title: 'Загальні збори мережі: шлях до роботи та професійного навчання',
        summary:
          'Щорічні загальні збори Мережі інтеграції Бьорде з доповідями представників земельних і федеральних установ, оглядом міграції в районі, воркшопами та часом для налагодження контактів.',
      },
    ],
  },
  {
    slug: 'netzwerkvollversammlung-vorjahr',
    title: 'Netzwerkvollversammlung: Sprache als Schlüssel',
    kind: 'plenary',
    visibility: 'public',
    summary:
      'Vollversammlung des Vorjahres mit Vorträgen des Landes und des Bundesamts für Migration und Flüchtlinge, dem Zuwanderungsbericht des Landkreises und Workshops rund um Deutschkurse und Sprachmittlung.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Rund 90 Teilnehmende aus Beratungsstellen, Kursträgern, Kirchengemeinden, Vereinen und Verwaltung kamen zur letzten Netzwerkvollversammlung nach Haldensleben. Die Regionalkoordination des Bundesamts für Migration und Flüchtlinge stellte Neuerungen bei den Integrationskursen vor, das Land berichtete über die Förderung der Sprachmittlung.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'In den Workshops entstand die Idee einer gemeinsamen Übersicht aller Sprachcafés im Landkreis, die die AG Sprache inzwischen umgesetzt hat. Die Präsentationen und das Protokoll können Netzwerkmitglieder bei der Koordinierungsstelle anfordern.' }] },
    ],
    starts: { days: -300, time: '09:30' },
    ends: { days: -300, time: '15:00' },
    venueName: 'Kreisverwaltung Börde, Großer Sitzungssaal',
    venueAddress: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'koordinierungsstelle-migration',
    municipality: 'haldensleben',
  },

  // ---------------------------------------------------------------- Interkulturelle Woche
  {
    slug: 'ikw-oekumenischer-eroeffnungsgottesdienst',
    title: 'Ökumenischer Gottesdienst zur Eröffnung der Interkulturellen Woche',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Gottesdienst mit Gebeten und Liedern in mehreren Sprachen, gestaltet von evangelischen und katholischen Gemeinden gemeinsam mit Zugewanderten; anschließend Kaffee und Kuchen im Gemeindehaus.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Traditionell beginnt die Interkulturelle Woche im Landkreis mit einem ökumenischen Gottesdienst in der St.-Marien-Kirche. Lesungen und Fürbitten werden auf Deutsch, Arabisch, Ukrainisch und Persisch vorgetragen, der internationale Chor der Gemeinde singt Lieder aus verschiedenen Ländern.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Nach dem Gottesdienst sind alle ins Gemeindehaus eingeladen. Dort liegt auch der Programmflyer der Interkulturellen Woche aus.' }] },
    ],
    starts: { days: -74, time: '10:00' },
    ends: { days: -74, time: '12:30' },
    venueName: 'St.-Marien-Kirche und Gemeindehaus',
    venueAddress: { street: 'Kirchgang 4', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'kirchengemeinde-st-marien-haldensleben',
    municipality: 'haldensleben',
  },
  {
    slug: 'ikw-mehrsprachige-vorlesestunde',
    title: 'Mehrsprachige Vorlesestunde für Kinder',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Ehrenamtliche lesen Bilderbücher auf Deutsch, Arabisch, Ukrainisch und Türkisch vor; danach wird gemeinsam gebastelt. Für Kinder von 4 bis 9 Jahren und ihre Eltern.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Stadtbibliothek lädt Familien zu einer Vorlesestunde ein, bei der dieselbe Geschichte nacheinander in mehreren Sprachen erzählt wird. So hören Kinder ihre Familiensprache und Deutsch nebeneinander – und merken, wie viele Sprachen in ihrer Stadt gesprochen werden.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Im Anschluss stellt das Bibliotheksteam die mehrsprachigen Bücher und Hörbücher vor, die kostenlos ausgeliehen werden können. Eine Anmeldung ist nicht nötig.' }] },
    ],
    starts: { days: -72, time: '15:30' },
    ends: { days: -72, time: '17:00' },
    venueName: 'Stadtbibliothek Haldensleben, Kinderbereich',
    venueAddress: { street: 'Am Markt 6', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'stadtbibliothek-haldensleben',
    municipality: 'haldensleben',
  },
  {
    slug: 'ikw-internationaler-kochabend-wanzleben',
    title: 'Internationaler Kochabend im Café ohne Grenzen',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Gäste aus Syrien, Afghanistan, der Ukraine und der Börde kochen gemeinsam Gerichte aus ihrer Heimat. Wer mitkochen möchte, meldet sich vorher an; zum Essen sind alle willkommen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Zur Interkulturellen Woche wird das Café ohne Grenzen im DRK-Sozialzentrum zur Gemeinschaftsküche. An vier Kochstationen entstehen Fattoush, Borschtsch, Qabuli Palau und – aus der Börde – Soljanka. Die Rezepte werden in mehreren Sprachen aufgeschrieben und als kleines Heft mitgegeben.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Für Zutaten wird um eine kleine Spende gebeten. Wer an einer Kochstation mitmachen möchte, meldet sich bis drei Tage vorher im Sozialzentrum.' }] },
    ],
    starts: { days: -70, time: '17:00' },
    ends: { days: -70, time: '20:30' },
    venueName: 'DRK-Sozialzentrum Wanzleben, Café ohne Grenzen',
    venueAddress: { street: 'Am Rotkreuzplatz 2', postalCode: '39164', city: 'Wanzleben-Börde' },
    organiser: 'drk-kreisverband-boerde',
    municipality: 'wanzleben-boerde',
  },
  {
    slug: 'ikw-markt-der-kulturen-oschersleben',
    title: 'Markt der Kulturen auf dem Oschersleber Marktplatz',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Stände mit Speisen, Handwerk und Musik aus vielen Ländern, Mitmachangebote für Kinder und die offene Fahrradwerkstatt des Bündnisses für Willkommenskultur.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Vereine, Kirchengemeinden und Familien aus Oschersleben verwandeln den Marktplatz einen Nachmittag lang in einen Markt der Kulturen. Es gibt Gebäck aus Eritrea, Tee aus Afghanistan, ukrainische Lieder und eine Trommelgruppe der Grundschule.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Fahrradwerkstatt des Bündnisses repariert vor Ort kostenlos Fahrräder, und am Stand der Beratungsstellen kann man sich über Sprachkurse und Beratungsangebote in der Stadt informieren.' }] },
    ],
    starts: { days: -69, time: '14:00' },
    ends: { days: -69, time: '18:00' },
    venueName: 'Marktplatz Oschersleben',
    venueAddress: { street: 'Markt', postalCode: '39387', city: 'Oschersleben (Bode)' },
    organiser: 'buendnis-willkommenskultur-oschersleben',
    municipality: 'oschersleben-bode',
  },
  {
    slug: 'ikw-fahrradtour-an-der-ohre',
    title: 'Interkulturelle Fahrradtour an der Ohre',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Gemeinsame Radtour von Wolmirstedt entlang der Ohre mit Picknick; Leihräder und Helme stehen bereit. Die Strecke ist etwa 20 Kilometer lang und auch für Ungeübte geeignet.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Das Integrationsbündnis Wolmirstedt lädt Alteingesessene und Neuzugezogene zu einer entspannten Radtour ein. Unterwegs erzählen Ehrenamtliche etwas zur Geschichte der Orte, beim Picknick teilen alle mitgebrachte Speisen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Wer kein eigenes Fahrrad hat, kann eines aus der Fahrradwerkstatt des Bündnisses ausleihen; bitte bei der Anmeldung angeben. Bei Regen fällt die Tour aus.' }] },
    ],
    starts: { days: -68, time: '10:00' },
    ends: { days: -68, time: '14:00' },
    venueName: 'Treffpunkt am Schlossdomänenhof',
    venueAddress: { street: 'Ohrestraße 6', postalCode: '39326', city: 'Wolmirstedt' },
    organiser: 'integrationsbuendnis-wolmirstedt',
    municipality: 'wolmirstedt',
  },
  {
    slug: 'ikw-vorschau-eroeffnungsgottesdienst',
    title: 'Ökumenischer Eröffnungsgottesdienst der nächsten Interkulturellen Woche',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Auch die nächste Interkulturelle Woche beginnt mit einem mehrsprachigen ökumenischen Gottesdienst in Haldensleben. Wer Lesungen oder Musik beitragen möchte, meldet sich im Gemeindebüro.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Vorbereitungsgruppe aus evangelischen, katholischen und freikirchlichen Gemeinden sucht wieder Menschen, die Texte in ihrer Sprache lesen, ein Lied aus ihrer Heimat singen oder beim Kirchcafé helfen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Der genaue Ablauf wird im Programmflyer der Interkulturellen Woche veröffentlicht. Beiträge für den Flyer nimmt die Koordinierungsstelle bis zum Sommer entgegen.' }] },
    ],
    starts: { days: 292, time: '10:00' },
    ends: { days: 292, time: '12:30' },
    venueName: 'St.-Marien-Kirche und Gemeindehaus',
    venueAddress: { street: 'Kirchgang 4', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'kirchengemeinde-st-marien-haldensleben',
    municipality: 'haldensleben',
  },
  {
    slug: 'ikw-vorschau-fussballturnier',
    title: 'Interkulturelles Fußballturnier „Anpfiff Börde“',
    kind: 'intercultural_week',
    visibility: 'public',
    summary:
      'Gemischte Teams aus Vereinen, Jugendhäusern, Gemeinschaftsunterkünften und Willkommensinitiativen spielen um den Wanderpokal. Anmeldung der Teams bis vier Wochen vorher.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Beim Turnier spielen Teams mit jeweils mindestens drei Spielerinnen und Spielern unterschiedlicher Herkunft. Gespielt wird auf Kleinfeld, sieben gegen sieben; Schiedsrichter stellt der KreisSportBund. Neben dem Platz gibt es ein Familienfest mit Torwandschießen und Essen aus vielen Ländern.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Teams melden sich bis vier Wochen vor dem Turnier beim KreisSportBund an. Zuschauerinnen und Zuschauer sind ohne Anmeldung willkommen.' }] },
    ],
    starts: { days: 298, time: '10:00' },
    ends: { days: 298, time: '16:00' },
    venueName: 'Sportplatz am Waldstadion',
    venueAddress: { street: 'Sportplatzweg 1', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'kreissportbund-boerde',
    municipality: 'haldensleben',
  },

  // ---------------------------------------------------------------- Working-group meetings
  {
    slug: 'sitzung-koordinierungsgruppe-zuletzt',
    title: 'Sitzung der Koordinierungsgruppe',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Rückblick auf die Interkulturelle Woche, Themen und Referierende für die nächste Netzwerkvollversammlung, Berichte aus den Arbeitsgruppen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Koordinierungsgruppe wertet die Rückmeldungen zur Interkulturellen Woche aus und legt das Schwerpunktthema der nächsten Netzwerkvollversammlung fest. Die Sprecherinnen und Sprecher der Arbeitsgruppen berichten kurz über ihre laufenden Vorhaben.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Das Protokoll wird von der Koordinierungsstelle innerhalb von zwei Wochen an alle Mitglieder verschickt.' }] },
    ],
    starts: { days: -35, time: '14:00' },
    ends: { days: -35, time: '16:30' },
    venueName: 'Kreisverwaltung Börde, Beratungsraum 2.14',
    venueAddress: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'koordinierungsstelle-migration',
    workingGroup: 'koordinierungsgruppe',
    municipality: 'haldensleben',
  },
  {
    slug: 'sitzung-koordinierungsgruppe-naechste',
    title: 'Sitzung der Koordinierungsgruppe',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Letzte Abstimmungen zur Netzwerkvollversammlung: Ablauf, Workshopleitungen und Markt der Möglichkeiten; außerdem Vorbereitung einer gemeinsamen Stellungnahme zur Kursversorgung im ländlichen Raum.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Im Mittelpunkt steht die Vorbereitung der Netzwerkvollversammlung: Die Koordinierungsgruppe verteilt die Moderation der Workshops, stimmt die Einladungsliste ab und klärt, welche Mitglieder sich beim Markt der Möglichkeiten vorstellen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Zweiter Punkt ist ein Entwurf der AG Sprache für eine Stellungnahme an den Kreistag zur Versorgung mit Deutschkursen außerhalb der Kreisstädte. Themenwünsche bitte bis eine Woche vorher an die Koordinierungsstelle.' }] },
    ],
    starts: { days: 14, time: '14:00' },
    ends: { days: 14, time: '16:30' },
    venueName: 'Kreisverwaltung Börde, Beratungsraum 2.14',
    venueAddress: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'koordinierungsstelle-migration',
    workingGroup: 'koordinierungsgruppe',
    municipality: 'haldensleben',
  },
  {
    slug: 'sitzung-ag-sprache-zuletzt',
    title: 'Sitzung der AG Sprache',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Auswertung der Wartelisten für Integrationskurse, Abschluss der gemeinsamen Übersicht aller Sprachcafés und Austausch über die ruhenden Kurse in der Außenstelle Wanzleben.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Kreisvolkshochschule stellt die aktuellen Anmeldezahlen für Integrations- und Berufssprachkurse vor. Da die Kurse in Wanzleben mangels Teilnehmender ruhen, bespricht die AG, ob ein gemeinsamer Fahrdienst oder ein Online-Kurs mit Präsenztagen eine Lösung sein kann.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Außerdem wird die Übersicht der Sprachcafés abgeschlossen und an die Stadtbibliothek zum Druck übergeben.' }] },
    ],
    starts: { days: -49, time: '10:00' },
    ends: { days: -49, time: '12:00' },
    venueName: 'Kreisvolkshochschule Börde, Raum 104',
    venueAddress: { street: 'Bildungsweg 3', postalCode: '39340', city: 'Haldensleben' },
    organiser: 'kreisvolkshochschule-boerde',
    workingGroup: 'ag-sprache',
    municipality: 'haldensleben',
  },
  {
    slug: 'sitzung-ag-sprache-naechste',
    title: 'Sitzung der AG Sprache',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Stellungnahme zur Kursversorgung im ländlichen Raum, Schulung für neue Ehrenamtliche im Sprachmittlerpool und Planung eines Sprachcafé-Treffens.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die AG überarbeitet den Entwurf ihrer Stellungnahme zur Versorgung mit Deutschkursen außerhalb von Haldensleben, Wolmirstedt und Oschersleben, bevor er an die Koordinierungsgruppe geht.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Der Sprachmittlerpool berichtet über den Bedarf an Dolmetschenden für Dari, Tigrinya und Kurdisch und plant gemeinsam mit der Kreisvolkshochschule eine Einführungsschulung für neue Ehrenamtliche.' }] },
    ],
    starts: { days: 28, time: '10:00' },
    ends: { days: 28, time: '12:00' },
    venueName: 'Integrationsbündnis Wolmirstedt, Begegnungsraum',
    venueAddress: { street: 'Ohrestraße 6', postalCode: '39326', city: 'Wolmirstedt' },
    organiser: 'kreisvolkshochschule-boerde',
    workingGroup: 'ag-sprache',
    municipality: 'wolmirstedt',
  },
  {
    slug: 'sitzung-ag-ehrenamt-freizeit-sport-zuletzt',
    title: 'Sitzung der AG Ehrenamt/Freizeit/Sport',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Rückblick auf das Fußballturnier zur Interkulturellen Woche, Zuschüsse für Vereinsbeiträge und Ideen für den Austauschabend der Ehrenamtlichen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Der KreisSportBund berichtet über Teilnahme und Kosten des Fußballturniers. Die Vereine tauschen sich aus, wie Kinder aus Familien mit wenig Geld über das Bildungs- und Teilhabepaket Mitgliedsbeiträge und Sportkleidung bezahlt bekommen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Integrationslotsinnen und -lotsen schlagen als Thema für den nächsten Austauschabend den Umgang mit belastenden Gesprächen vor.' }] },
    ],
    starts: { days: -28, time: '17:00' },
    ends: { days: -28, time: '19:00' },
    venueName: 'DRK-Sozialzentrum Wanzleben, Gruppenraum',
    venueAddress: { street: 'Am Rotkreuzplatz 2', postalCode: '39164', city: 'Wanzleben-Börde' },
    organiser: 'kreissportbund-boerde',
    workingGroup: 'ag-ehrenamt-freizeit-sport',
    municipality: 'wanzleben-boerde',
  },
  {
    slug: 'sitzung-ag-ehrenamt-freizeit-sport-naechste',
    title: 'Sitzung der AG Ehrenamt/Freizeit/Sport',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Vorbereitung des Austauschabends für Ehrenamtliche, Versicherungsschutz im Ehrenamt und erste Planung für das Fußballturnier der nächsten Interkulturellen Woche.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Eine Referentin der Ehrenamtsagentur erklärt, wie Ehrenamtliche in der Flüchtlingshilfe unfall- und haftpflichtversichert sind. Danach legt die AG Termin, Ort und Referentin für den Austauschabend fest.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Gäste aus Vereinen, die Zugewanderte aufnehmen möchten, sind willkommen; bitte vorher bei der Sprecherin oder dem Sprecher der AG melden.' }] },
    ],
    starts: { days: 35, time: '17:00' },
    ends: { days: 35, time: '19:00' },
    venueName: 'DRK-Sozialzentrum Wanzleben, Gruppenraum',
    venueAddress: { street: 'Am Rotkreuzplatz 2', postalCode: '39164', city: 'Wanzleben-Börde' },
    organiser: 'kreissportbund-boerde',
    workingGroup: 'ag-ehrenamt-freizeit-sport',
    municipality: 'wanzleben-boerde',
  },
  {
    slug: 'sitzung-ag-arbeit-ausbildung-praktika-zuletzt',
    title: 'Sitzung der AG Arbeit/Ausbildung/Praktika',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Austausch mit zwei Betrieben aus dem Gewerbegebiet Barleben über Praktikumsplätze, Fahrwege ohne Busanbindung und Sprachanforderungen im Betrieb.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Zwei Personalverantwortliche aus Barleben berichten, welche Erfahrungen sie mit Praktikantinnen und Praktikanten aus dem Ausland gemacht haben. Die AG sammelt Lösungen für Schichtbeginn vor dem ersten Bus, etwa Fahrgemeinschaften und Leihfahrräder.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Das Jobcenter stellt die Förderung berufsbezogener Sprachkurse vor; die Job-Brücke sammelt die Fragen für den Infoabend zur Anerkennung ausländischer Abschlüsse.' }] },
    ],
    starts: { days: -21, time: '13:00' },
    ends: { days: -21, time: '15:00' },
    venueName: 'Job-Brücke Börde, Seminarraum',
    venueAddress: { street: 'Friedensstraße 18', postalCode: '39326', city: 'Wolmirstedt' },
    organiser: 'job-bruecke-boerde',
    workingGroup: 'ag-arbeit-ausbildung-praktika',
    municipality: 'wolmirstedt',
  },
  {
    slug: 'sitzung-ag-arbeit-ausbildung-praktika-naechste',
    title: 'Sitzung der AG Arbeit/Ausbildung/Praktika',
    kind: 'working_group_meeting',
    visibility: 'internal',
    summary:
      'Auswertung des Infoabends zur Anerkennung ausländischer Abschlüsse und Planung von Praktikumstagen mit Betrieben aus Haldensleben und Wolmirstedt.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Die AG wertet die Fragen aus dem Infoabend zur Anerkennung aus und überlegt, welche Berufe im Landkreis besonders häufig betroffen sind. Daraus soll ein kurzes mehrsprachiges Merkblatt entstehen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Zweites Thema sind die geplanten Praktikumstage: Der Jugendmigrationsdienst und Arbeit und Leben stellen vor, wie Jugendliche darauf vorbereitet werden. Die Sitzung findet im Jobcenter statt, eine Teilnahme per Video ist möglich.' }] },
    ],
    starts: { days: 42, time: '13:00' },
    ends: { days: 42, time: '15:00' },
    venueName: 'Jobcenter Börde, Besprechungsraum Erdgeschoss',
    venueAddress: { street: 'Gerikeplatz 2', postalCode: '39340', city: 'Haldensleben' },
    online: true,
    organiser: 'job-bruecke-boerde',
    workingGroup: 'ag-arbeit-ausbildung-praktika',
    municipality: 'haldensleben',
  },

  // ---------------------------------------------------------------- Public events
  {
    slug: 'willkommensfest-oschersleben',
    title: 'Willkommensfest in Oschersleben',
    kind: 'public_event',
    visibility: 'public',
    summary:
      'Ein Nachmittag zum Kennenlernen für alle, die neu in Oschersleben sind, und alle, die schon lange hier leben: Musik, Essen aus vielen Ländern, Kinderprogramm und Infostände von Vereinen und Beratungsstellen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Das Bündnis für Willkommenskultur lädt zum Willkommensfest ins Bürgerhaus ein. Familien aus Syrien, Afghanistan, der Ukraine und Eritrea bereiten ein Buffet vor, die Musikschule und eine ukrainische Chorgruppe treten auf, und für Kinder gibt es Kinderschminken, Basteln und eine Spielecke.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'An Infoständen stellen sich Sportvereine, die Caritas-Beratung, das Netzwerkbüro Kirche und Migration und die Frauengruppe vor. Ehrenamtliche übersetzen bei Bedarf ins Arabische, Ukrainische und Persische. Der Eintritt ist frei, eine Anmeldung ist nicht nötig.' }] },
    ],
    starts: { days: 40, time: '14:00' },
    ends: { days: 40, time: '18:00' },
    venueName: 'Bürgerhaus Oschersleben, Saal und Innenhof',
    venueAddress: { street: 'Lindenplatz 3', postalCode: '39387', city: 'Oschersleben (Bode)' },
    organiser: 'buendnis-willkommenskultur-oschersleben',
    municipality: 'oschersleben-bode',
    translations: [
      {
        locale: 'en',
        title: 'Welcome festival in Oschersleben',
        summary:
          'An afternoon to get to know each other for everyone who is new to Oschersleben and everyone who has lived here for a long time: music, food from many countries, activities for children and information stands by clubs and counselling services.',
      },
      {
        locale: 'ar',
        title: 'مهرجان الترحيب في أوشرسليبن',
        summary:
          'بعد ظهر للتعارف بين جميع القادمين الجدد إلى أوشرسليبن وجميع من يعيشون فيها منذ زمن طويل: موسيقى، وأطعمة من بلدان كثيرة، وبرنامج للأطفال، وأكشاك معلومات للنوادي ومراكز الاستشارة.',
      },
      {
        locale: 'uk',
        title: 'Свято «Ласкаво просимо» в Ошерслебені',
        summary:
          'Зустріч для знайомства для всіх, хто нещодавно переїхав до Ошерслебена, і для тих, хто живе тут давно: музика, страви з різних країн, програма для дітей та інформаційні стенди клубів і консультаційних служб.',
      },
    ],
  },
  {
    slug: 'infoabend-anerkennung-auslaendischer-abschluesse',
    title: 'Infoabend: Anerkennung ausländischer Berufs- und Studienabschlüsse',
    kind: 'public_event',
    visibility: 'public',
    summary:
      'Wie lasse ich meinen Abschluss in Deutschland anerkennen, welche Unterlagen brauche ich und wer hilft bei den Kosten? Eine Anerkennungsberaterin erklärt den Weg und beantwortet Fragen – vor Ort in Haldensleben oder online.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Viele Zugewanderte haben eine Ausbildung oder ein Studium abgeschlossen, arbeiten in Deutschland aber unter ihrer Qualifikation. Am Infoabend erfahren Sie, welche Stelle für Ihren Beruf zuständig ist, wie das Anerkennungsverfahren abläuft, welche Dokumente übersetzt und beglaubigt werden müssen und welche Zuschüsse es für Gebühren und Anpassungsqualifizierungen gibt.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Veranstaltung findet in den Räumen der Migrationsberatung statt und wird gleichzeitig als Videokonferenz übertragen. Sprachmittlung in Arabisch und Ukrainisch ist vor Ort möglich. ' }, { type: 'text', text: 'Den Zugangslink erhalten Sie nach Anmeldung per E-Mail.', bold: true }] },
    ],
    starts: { days: 20, time: '18:00' },
    ends: { days: 20, time: '20:00' },
    venueName: 'Migrationsberatung für Erwachsene, Gruppenraum (und online)',
    venueAddress: { street: 'Hagenstraße 14', postalCode: '39340', city: 'Haldensleben' },
    registrationMode: 'contact',
    registrationEmail: 'anerkennung@example.org',
    registrationPhone: '0000 330412',
    registrationDeadline: { days: 18, time: '12:00' },
    registrationNote: 'Für die Teilnahme vor Ort und online; den Zugangslink schicken wir nach der Anmeldung.',
    online: true,
    organiser: 'migrationsberatung-erwachsene-boerde',
    municipality: 'haldensleben',
    translations: [
      {
        locale: 'en',
        title: 'Information evening: Recognition of foreign vocational and academic qualifications',
        summary:
          'How do I get my qualification recognised in Germany, which documents do I need and who helps with the costs? A recognition adviser explains the process and answers questions – on site in Haldensleben or online.',
      },
      {
        locale: 'ar',
        title: 'أمسية معلومات: الاعتراف بالشهادات المهنية والجامعية الأجنبية',
        summary:
          'كيف أحصل على الاعتراف بشهادتي في ألمانيا، وما الوثائق التي أحتاجها، ومن يساعد في تغطية التكاليف؟ تشرح مستشارة متخصصة في الاعتراف بالشهادات الخطوات وتجيب عن الأسئلة – حضورياً في هالدنسليبن أو عبر الإنترنت.',
      },
      {
        locale: 'uk',
        title: 'Інформаційний вечір: визнання іноземних дипломів про професійну та вищу освіту',
        summary:
          'Як визнати свій диплом у Німеччині, які документи потрібні і хто допоможе з витратами? Консультантка з питань визнання пояснить процедуру та відповість на запитання – на місці в Гальденслебені або онлайн.',
      },
    ],
  },
  {
    slug: 'internationaler-familientag-barleben',
    title: 'Internationaler Familientag im Mehrgenerationenhaus Barleben',
    kind: 'public_event',
    visibility: 'public',
    summary:
      'Offenes Haus für Familien aus Barleben und Umgebung: Spiele, Tanz, Hausaufgabenhilfe zum Ausprobieren und ein Buffet, zu dem alle etwas beitragen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Das Mehrgenerationenhaus öffnete einen Nachmittag lang alle Räume für Familien, die in den letzten Jahren nach Barleben gezogen sind, und für ihre Nachbarinnen und Nachbarn. Seniorinnen aus dem Erzählcafé spielten mit Kindern alte Hofspiele, eine Tanzgruppe zeigte Dabke und Hopak.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Mehrere Familien meldeten sich danach für die Hausaufgabenhilfe und das Elterncafé an. Fotos und einen kurzen Bericht gibt es beim Mehrgenerationenhaus.' }] },
    ],
    starts: { days: -45, time: '14:00' },
    ends: { days: -45, time: '17:30' },
    venueName: 'Mehrgenerationenhaus Barleben',
    venueAddress: { street: 'Breiteweg 50', postalCode: '39179', city: 'Barleben' },
    organiser: 'mehrgenerationenhaus-barleben',
    municipality: 'barleben',
  },
];
