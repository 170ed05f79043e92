import type { WorkingGroupSeed } from '../types';

/**
 * The coordination group and the three working groups (Arbeitsgruppen) of the network. People's
 * names are invented; every e-mail address is at example.org and every phone number starts with
 * 0000, so no real person or office is contacted.
 */
export const workingGroups: WorkingGroupSeed[] = [
  {
    slug: 'koordinierungsgruppe',
    name: 'Koordinierungsgruppe',
    isCoordinationGroup: true,
    purpose:
      'Die Koordinierungsgruppe vertritt das Netzwerk Integration Börde nach außen, hilft bei der Planung gemeinsamer Aktivitäten, bündelt die Informationen aus den Arbeitsgruppen und hilft, die Ziele des Netzwerks festzulegen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'In der Koordinierungsgruppe sitzen Vertreterinnen und Vertreter der Arbeitsgruppen, der Beratungsdienste, der Bildungsträger und der ehrenamtlichen Bündnisse aus den Städten des Landkreises. Sie trifft sich etwa alle acht Wochen in der Kreisverwaltung in Haldensleben, bereitet die jährliche Netzwerkvollversammlung vor und stimmt ab, wer sich um die Interkulturelle Woche und um gemeinsame Stellungnahmen kümmert.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Die Koordinierungsstelle für Migration des Landkreises lädt zu den Sitzungen ein, schreibt das Protokoll und gibt Ergebnisse an alle Mitglieder des Netzwerks weiter. Wer ein Thema einbringen möchte, meldet sich bis spätestens zwei Wochen vor der nächsten Sitzung bei der Koordinierungsstelle.' }] },
    ],
    leadName: 'Martina Hölzel',
    leadActor: 'koordinierungsstelle-migration',
    memberActors: [
      'koordinierungsstelle-migration',
      'kreisvolkshochschule-boerde',
      'drk-kreisverband-boerde',
      'migrationsberatung-erwachsene-boerde',
      'jugendmigrationsdienst-boerde',
      'caritas-beratung-oschersleben',
      'buendnis-willkommenskultur-oschersleben',
      'jobcenter-boerde',
    ],
    contact: { contactPerson: 'Martina Hölzel', email: 'koordinierungsgruppe@example.org', phone: '0000 330301' },
    translations: [
      {
        locale: 'en',
        name: 'Coordination group',
        purpose:
          'The coordination group represents the Börde Integration Network externally, helps plan joint activities, bundles the information from the working groups and helps set the goals of the network.',
      },
      {
        locale: 'ar',
        name: 'مجموعة التنسيق',
        purpose:
          'تمثّل مجموعة التنسيق شبكة الاندماج في بورده أمام الجهات الخارجية، وتساعد في تخطيط الأنشطة المشتركة، وتجمع المعلومات الواردة من مجموعات العمل، وتساهم في تحديد أهداف الشبكة.',
      },
      {
        locale: 'uk',
        name: 'Координаційна група',
        purpose:
          'Координаційна група представляє Мережу інтеграції Бьорде назовні, допомагає планувати спільні заходи, узагальнює інформацію з робочих груп і допомагає визначати цілі мережі.',
      },
    ],
  },
  {
    slug: 'ag-sprache',
    name: 'AG Sprache',
    topic: 'sprache-bildung',
    isCoordinationGroup: false,
    purpose:
      'Die AG Sprache stimmt das Angebot an Integrations- und Deutschkursen, Sprachcafés und Sprachmittlung im Landkreis ab, macht Lücken sichtbar – etwa in Orten ohne eigenes Kursangebot – und sucht gemeinsam nach Lösungen.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Kursträger, Bibliotheken, Sprachcafés und der ehrenamtliche Sprachmittlerpool tauschen sich in der AG Sprache darüber aus, wo im Landkreis Deutschkurse fehlen, wo Wartelisten entstehen und wie Menschen aus den Dörfern zu den Kursorten in Haldensleben, Wolmirstedt und Oschersleben kommen. Zuletzt hat die AG eine gemeinsame Übersicht aller Sprachcafés erstellt und die Fahrtkostenfrage beim Jobcenter angesprochen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Die AG trifft sich viermal im Jahr, abwechselnd in Haldensleben und Wolmirstedt. Neue Mitglieder sind willkommen, besonders Ehrenamtliche, die ein Sprachcafé oder eine Lernpatenschaft anbieten möchten.' }] },
    ],
    leadName: 'Dr. Susanne Brettschneider',
    leadActor: 'kreisvolkshochschule-boerde',
    memberActors: [
      'kreisvolkshochschule-boerde',
      'stadtbibliothek-haldensleben',
      'integrationsbuendnis-wolmirstedt',
      'sprachmittlerpool-boerde',
      'kirchengemeinde-st-marien-haldensleben',
      'mehrgenerationenhaus-barleben',
    ],
    contact: { contactPerson: 'Dr. Susanne Brettschneider', email: 'ag-sprache@example.org', phone: '0000 310110' },
    translations: [
      {
        locale: 'en',
        name: 'Working group Language',
        purpose:
          'The language working group coordinates integration and German courses, language cafés and interpreting in the district, identifies gaps – for example in places without courses of their own – and looks for joint solutions.',
      },
      {
        locale: 'ar',
        name: 'مجموعة العمل: اللغة',
        purpose:
          'تنسّق مجموعة العمل «اللغة» دورات الاندماج ودورات اللغة الألمانية ومقاهي اللغة وخدمات الترجمة في المقاطعة، وتكشف الثغرات – مثلاً في الأماكن التي لا تتوفر فيها دورات – وتبحث عن حلول مشتركة.',
      },
      {
        locale: 'uk',
        name: 'Робоча група «Мова»',
        purpose:
          'Робоча група «Мова» узгоджує інтеграційні курси та курси німецької мови, мовні кафе й усний переклад у районі, виявляє прогалини – наприклад, у населених пунктах, де немає власних курсів, – і спільно шукає рішення.',
      },
    ],
  },
  {
    slug: 'ag-ehrenamt-freizeit-sport',
    name: 'AG Ehrenamt/Freizeit/Sport',
    topic: 'freizeit-sport-ehrenamt',
    isCoordinationGroup: false,
    purpose:
      'Die AG Ehrenamt/Freizeit/Sport vernetzt Ehrenamtliche, Vereine und Freizeiteinrichtungen, die Zugewanderte begleiten oder ihnen den Weg in Sport, Kultur und Vereinsleben öffnen, und plant gemeinsame Fortbildungen und Begegnungsangebote.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Sportvereine, Jugendhäuser, Willkommensinitiativen und die Integrationslotsinnen und -lotsen bringen in dieser AG ihre Erfahrungen zusammen: Wie gewinnt man neue Ehrenamtliche, wie finden geflüchtete Kinder einen Platz im Fußballverein, und wer hilft bei Mitgliedsbeiträgen und Sportausrüstung? Aus der AG ist unter anderem das interkulturelle Fußballturnier zur Interkulturellen Woche entstanden.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Einmal im Jahr organisiert die AG einen Austauschabend für Ehrenamtliche mit einer kurzen Fortbildung, zum Beispiel zu Versicherungsfragen oder zum Umgang mit belastenden Erlebnissen. Die Sitzungen finden meist im Sozialzentrum des DRK in Wanzleben statt.' }] },
    ],
    leadName: 'Marco Heidrich',
    leadActor: 'kreissportbund-boerde',
    memberActors: [
      'kreissportbund-boerde',
      'drk-kreisverband-boerde',
      'sportverein-obere-aller',
      'integrationslotsen-boerde',
      'jugendhaus-haldensleben',
      'initiative-willkommen-weferlingen',
      'landfrauen-hohe-boerde',
    ],
    contact: { contactPerson: 'Marco Heidrich', email: 'ag-ehrenamt@example.org', phone: '0000 396061' },
    translations: [
      {
        locale: 'en',
        name: 'Working group Volunteering/Leisure/Sport',
        purpose:
          'The working group on volunteering, leisure and sport connects volunteers, clubs and leisure facilities that support newcomers or open up sport, culture and club life to them, and plans joint training sessions and get-togethers.',
      },
      {
        locale: 'ar',
        name: 'مجموعة العمل: العمل التطوعي / أوقات الفراغ / الرياضة',
        purpose:
          'تربط مجموعة العمل «العمل التطوعي / أوقات الفراغ / الرياضة» بين المتطوعين والنوادي ومرافق الترفيه التي ترافق القادمين الجدد أو تفتح لهم الطريق إلى الرياضة والثقافة والحياة في النوادي، وتخطّط لدورات تدريبية وأنشطة لقاء مشتركة.',
      },
      {
        locale: 'uk',
        name: 'Робоча група «Волонтерство / дозвілля / спорт»',
        purpose:
          'Робоча група «Волонтерство / дозвілля / спорт» об’єднує волонтерів, клуби та заклади дозвілля, які супроводжують новоприбулих або відкривають їм шлях до спорту, культури й клубного життя, а також планує спільні навчання та зустрічі.',
      },
    ],
  },
  {
    slug: 'ag-arbeit-ausbildung-praktika',
    name: 'AG Arbeit/Ausbildung/Praktika',
    topic: 'arbeit-ausbildung',
    isCoordinationGroup: false,
    purpose:
      'Die AG Arbeit/Ausbildung/Praktika bringt Jobcenter, Beratungsstellen und Bildungsträger mit Betrieben aus der Region zusammen, damit Zugewanderte schneller passende Praktika, Ausbildungsplätze und Arbeit finden.',
    description: [
      { type: 'paragraph', children: [{ type: 'text', text: 'In der AG beraten Jobcenter, Job-Brücke, Jugendmigrationsdienst, Migrationsberatung und Arbeit und Leben über typische Hürden beim Einstieg in den Arbeitsmarkt: fehlende Anerkennung von Abschlüssen, Arbeitserlaubnisse, Fahrwege zu Betrieben ohne Busanbindung und Deutschkenntnisse für den Beruf. Fälle werden anonymisiert besprochen, damit Lösungen allen zugutekommen.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Gemeinsam mit Betrieben aus Haldensleben, Wolmirstedt und dem Gewerbegebiet Barleben plant die AG Praktikumstage und einen Infoabend zur Anerkennung ausländischer Berufsabschlüsse. Unternehmen, die Praktikumsplätze anbieten möchten, sind als Gäste herzlich eingeladen.' }] },
    ],
    leadName: 'Kai-Uwe Lindemann',
    leadActor: 'job-bruecke-boerde',
    memberActors: [
      'job-bruecke-boerde',
      'jobcenter-boerde',
      'arbeit-und-leben-boerde',
      'jugendmigrationsdienst-boerde',
      'migrationsberatung-erwachsene-boerde',
    ],
    contact: { contactPerson: 'Kai-Uwe Lindemann', email: 'ag-arbeit@example.org', phone: '0000 413231' },
    translations: [
      {
        locale: 'en',
        name: 'Working group Work/Vocational Training/Internships',
        purpose:
          'The working group on work, vocational training and internships brings the job centre, counselling services and education providers together with local businesses so that newcomers find suitable internships, apprenticeships and jobs more quickly.',
      },
      {
        locale: 'ar',
        name: 'مجموعة العمل: العمل / التدريب المهني / التدريب العملي',
        purpose:
          'تجمع مجموعة العمل «العمل / التدريب المهني / التدريب العملي» مركز التوظيف ومراكز الاستشارة ومقدّمي التعليم مع الشركات في المنطقة، حتى يجد القادمون الجدد بسرعة أكبر فرص تدريب عملي وأماكن تدريب مهني ووظائف مناسبة.',
      },
      {
        locale: 'uk',
        name: 'Робоча група «Робота / професійне навчання / стажування»',
        purpose:
          'Робоча група «Робота / професійне навчання / стажування» об’єднує джобцентр, консультаційні служби та освітні організації з місцевими підприємствами, щоб новоприбулі швидше знаходили відповідні стажування, місця професійного навчання та роботу.',
      },
    ],
  },
];
