import type { MunicipalitySeed } from '../types';

/**
 * All municipalities of Landkreis Börde: nine unitary municipalities, four Verbandsgemeinden
 * and their member municipalities. Centre points are approximate (WGS84).
 */
export const municipalities: MunicipalitySeed[] = [
  // Einheitsgemeinden
  {
    slug: 'haldensleben',
    name: 'Haldensleben',
    kind: 'unitary_municipality',
    location: { latitude: 52.2896, longitude: 11.4097 },
    description:
      'Die Kreisstadt an der Ohre ist Sitz der Kreisverwaltung und der Koordinierungsstelle für Migration und bündelt viele Beratungs- und Kursangebote.',
  },
  {
    slug: 'barleben',
    name: 'Barleben',
    kind: 'unitary_municipality',
    location: { latitude: 52.2008, longitude: 11.6171 },
    description:
      'Die wachsende Gemeinde am nördlichen Stadtrand von Magdeburg ist mit ihrem Technologiepark ein wichtiger Arbeitsort im Landkreis.',
  },
  {
    slug: 'hohe-boerde',
    name: 'Hohe Börde',
    kind: 'unitary_municipality',
    location: { latitude: 52.1627, longitude: 11.4762 },
    description:
      'Die Einheitsgemeinde westlich von Magdeburg vereint zahlreiche Dörfer mit Verwaltungssitz in Irxleben.',
  },
  {
    slug: 'niedere-boerde',
    name: 'Niedere Börde',
    kind: 'unitary_municipality',
    location: { latitude: 52.2336, longitude: 11.5241 },
    description:
      'Die ländliche Gemeinde am Mittellandkanal mit Sitz in Groß Ammensleben liegt zwischen Haldensleben und Magdeburg.',
  },
  {
    slug: 'oebisfelde-weferlingen',
    name: 'Oebisfelde-Weferlingen',
    kind: 'unitary_municipality',
    location: { latitude: 52.4338, longitude: 10.9867 },
    description:
      'Die flächengroße Stadt an der Aller grenzt an Niedersachsen und umfasst neben Oebisfelde und Weferlingen viele kleine Ortsteile.',
  },
  {
    slug: 'oschersleben-bode',
    name: 'Oschersleben (Bode)',
    kind: 'unitary_municipality',
    location: { latitude: 52.0303, longitude: 11.2264 },
    description:
      'Die Stadt an der Bode ist das Zentrum im Süden des Landkreises mit Kursen, Beratungsstellen und einem aktiven Bündnis für Willkommenskultur.',
  },
  {
    slug: 'suelzetal',
    name: 'Sülzetal',
    kind: 'unitary_municipality',
    location: { latitude: 52.0552, longitude: 11.5873 },
    description:
      'Die Gemeinde südlich von Magdeburg mit Sitz in Osterweddingen ist durch ihr großes Gewerbegebiet geprägt.',
  },
  {
    slug: 'wanzleben-boerde',
    name: 'Wanzleben-Börde',
    kind: 'unitary_municipality',
    location: { latitude: 52.0609, longitude: 11.4407 },
    description:
      'Die Stadt mit ihrer Burg und vielen Ortsteilen in der fruchtbaren Börde ist Standort eines Sozialzentrums mit offenen Begegnungsangeboten.',
  },
  {
    slug: 'wolmirstedt',
    name: 'Wolmirstedt',
    kind: 'unitary_municipality',
    location: { latitude: 52.2487, longitude: 11.6296 },
    description:
      'Die Stadt an Ohre und Elbe im Osten des Landkreises hat ein lebendiges Integrationsbündnis und eine Außenstelle der Kreisvolkshochschule.',
  },

  // Verbandsgemeinden
  {
    slug: 'verbandsgemeinde-elbe-heide',
    name: 'Verbandsgemeinde Elbe-Heide',
    kind: 'collective_municipality',
    location: { latitude: 52.3161, longitude: 11.7700 },
    description:
      'Die Verbandsgemeinde mit Sitz in Rogätz verbindet sieben Gemeinden zwischen Elbe und Colbitz-Letzlinger Heide.',
  },
  {
    slug: 'verbandsgemeinde-flechtingen',
    name: 'Verbandsgemeinde Flechtingen',
    kind: 'collective_municipality',
    location: { latitude: 52.3322, longitude: 11.2386 },
    description:
      'Die waldreiche Verbandsgemeinde im Nordwesten des Landkreises umfasst sieben Gemeinden rund um den Flechtinger Höhenzug.',
  },
  {
    slug: 'verbandsgemeinde-obere-aller',
    name: 'Verbandsgemeinde Obere Aller',
    kind: 'collective_municipality',
    location: { latitude: 52.1468, longitude: 11.2130 },
    description:
      'Die Verbandsgemeinde mit Sitz in Eilsleben liegt an der Grenze zu Niedersachsen und umfasst sieben Gemeinden am Oberlauf der Aller.',
  },
  {
    slug: 'verbandsgemeinde-westliche-boerde',
    name: 'Verbandsgemeinde Westliche Börde',
    kind: 'collective_municipality',
    location: { latitude: 51.9376, longitude: 11.2140 },
    description:
      'Die Verbandsgemeinde mit Sitz in Gröningen ist der ländlich geprägte Südwesten des Landkreises mit vier Mitgliedsgemeinden.',
  },

  // Mitgliedsgemeinden der Verbandsgemeinde Elbe-Heide
  {
    slug: 'angern',
    name: 'Angern',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.3630, longitude: 11.7330 },
    description: 'Die Gemeinde nahe der Elbe ist bekannt für ihre Wasserburgruine und den Schlosspark.',
  },
  {
    slug: 'burgstall',
    name: 'Burgstall',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.4440, longitude: 11.6310 },
    description: 'Die nördlichste Gemeinde der Verbandsgemeinde liegt am Rand der Colbitz-Letzlinger Heide.',
  },
  {
    slug: 'colbitz',
    name: 'Colbitz',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.3227, longitude: 11.6042 },
    description: 'Die Gemeinde am Lindenwald ist Standort einer Gemeinschaftsunterkunft für geflüchtete Menschen.',
  },
  {
    slug: 'loitsche-heinrichsberg',
    name: 'Loitsche-Heinrichsberg',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.3050, longitude: 11.7150 },
    description: 'Die kleine Gemeinde zwischen Ohre und Elbe besteht aus den Orten Loitsche und Heinrichsberg.',
  },
  {
    slug: 'roegatz',
    name: 'Rogätz',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.3161, longitude: 11.7700 },
    description: 'Der Elbort mit Fährverbindung ist Verwaltungssitz der Verbandsgemeinde Elbe-Heide.',
  },
  {
    slug: 'westheide',
    name: 'Westheide',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.2880, longitude: 11.4830 },
    description: 'Die Gemeinde mit den Orten Born, Hillersleben und Neuenhofe liegt am Südrand der Heide.',
  },
  {
    slug: 'zielitz',
    name: 'Zielitz',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-elbe-heide',
    location: { latitude: 52.2890, longitude: 11.6760 },
    description: 'Die Gemeinde ist durch das Kaliwerk ein bedeutender Arbeitsort im Norden von Magdeburg.',
  },

  // Mitgliedsgemeinden der Verbandsgemeinde Flechtingen
  {
    slug: 'altenhausen',
    name: 'Altenhausen',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.2650, longitude: 11.2560 },
    description: 'Die Gemeinde mit ihrem Schloss liegt im Süden der Verbandsgemeinde Flechtingen.',
  },
  {
    slug: 'beendorf',
    name: 'Beendorf',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.2340, longitude: 11.0830 },
    description: 'Die kleine Gemeinde am Lappwald liegt nahe der Landesgrenze zu Niedersachsen.',
  },
  {
    slug: 'buelstringen',
    name: 'Bülstringen',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.3230, longitude: 11.3570 },
    description: 'Die Gemeinde an der Ohre und am Mittellandkanal liegt nordwestlich von Haldensleben.',
  },
  {
    slug: 'calvoerde',
    name: 'Calvörde',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.4010, longitude: 11.2990 },
    description: 'Der Marktflecken im Drömling ist mit seinen Ortsteilen die flächengrößte Gemeinde der Verbandsgemeinde.',
  },
  {
    slug: 'erxleben',
    name: 'Erxleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.2170, longitude: 11.2450 },
    description: 'Die Gemeinde mit Schloss und Kirche liegt zwischen Haldensleben und Eilsleben.',
  },
  {
    slug: 'flechtingen',
    name: 'Flechtingen',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.3322, longitude: 11.2386 },
    description: 'Der staatlich anerkannte Erholungsort mit Wasserburg ist Sitz der Verbandsgemeinde.',
  },
  {
    slug: 'ingersleben',
    name: 'Ingersleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-flechtingen',
    location: { latitude: 52.2090, longitude: 11.1830 },
    description: 'Die ländliche Gemeinde besteht aus mehreren Dörfern im Südwesten der Verbandsgemeinde.',
  },

  // Mitgliedsgemeinden der Verbandsgemeinde Obere Aller
  {
    slug: 'eilsleben',
    name: 'Eilsleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1468, longitude: 11.2130 },
    description: 'Die Gemeinde mit Bahnanschluss ist Verwaltungssitz der Verbandsgemeinde Obere Aller.',
  },
  {
    slug: 'harbke',
    name: 'Harbke',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1900, longitude: 11.0410 },
    description: 'Die Gemeinde am Lappwald mit historischem Schlosspark ist Standort einer Gemeinschaftsunterkunft.',
  },
  {
    slug: 'hoetensleben',
    name: 'Hötensleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1210, longitude: 11.0230 },
    description: 'Die Gemeinde an der früheren innerdeutschen Grenze erinnert mit einem Grenzdenkmal an die Teilung.',
  },
  {
    slug: 'sommersdorf',
    name: 'Sommersdorf',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1100, longitude: 11.1120 },
    description: 'Die kleine Gemeinde liegt im Süden der Verbandsgemeinde Obere Aller.',
  },
  {
    slug: 'ummendorf',
    name: 'Ummendorf',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1550, longitude: 11.1800 },
    description: 'Die Gemeinde mit ihrer Burg beherbergt das Börde-Museum.',
  },
  {
    slug: 'voelpke',
    name: 'Völpke',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1370, longitude: 11.0950 },
    description: 'Die frühere Bergbaugemeinde liegt zwischen Eilsleben und Hötensleben.',
  },
  {
    slug: 'wefensleben',
    name: 'Wefensleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-obere-aller',
    location: { latitude: 52.1750, longitude: 11.1300 },
    description: 'Die Gemeinde an der Aller liegt an der Bahnstrecke zwischen Magdeburg und Helmstedt.',
  },

  // Mitgliedsgemeinden der Verbandsgemeinde Westliche Börde
  {
    slug: 'am-grossen-bruch',
    name: 'Am Großen Bruch',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-westliche-boerde',
    location: { latitude: 52.0190, longitude: 11.0820 },
    description: 'Die Gemeinde mit Hamersleben und seinem Klosterbezirk liegt am Großen Bruch an der Landesgrenze.',
  },
  {
    slug: 'ausleben',
    name: 'Ausleben',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-westliche-boerde',
    location: { latitude: 52.0680, longitude: 11.1470 },
    description: 'Die ländliche Gemeinde liegt nordwestlich von Oschersleben.',
  },
  {
    slug: 'groeningen',
    name: 'Gröningen',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-westliche-boerde',
    location: { latitude: 51.9376, longitude: 11.2140 },
    description: 'Die Kleinstadt an der Bode ist Verwaltungssitz der Verbandsgemeinde Westliche Börde.',
  },
  {
    slug: 'kroppenstedt',
    name: 'Kroppenstedt',
    kind: 'member_municipality',
    parent: 'verbandsgemeinde-westliche-boerde',
    location: { latitude: 51.9430, longitude: 11.3090 },
    description: 'Die kleinste Stadt des Landkreises liegt im äußersten Süden der Börde.',
  },
];
