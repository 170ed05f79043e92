import type { NewsArticleSeed } from '../types';

/**
 * News of the network ("Aktuelles"). Responsible persons are the (invented) staff of the
 * coordination office. The article 'interkulturelle-woche-rueckblick' carries the privacy canary:
 * a link and an image on another host in its German body, which the site must never load or
 * link to unchecked.
 */
export const newsArticles: NewsArticleSeed[] = [
  {
    slug: 'neue-plattform-online',
    daysAgo: 4,
    responsiblePerson: 'Martina Hölzel',
    de: {
      title: 'Neue Internetseite: Alle Angebote des Netzwerks an einem Ort',
      summary:
        'Die neue Plattform des Netzwerks Integration Börde zeigt Beratungsstellen, Kurse und Treffpunkte im ganzen Landkreis – in neun Sprachen und von den Mitgliedsorganisationen selbst gepflegt.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Wo gibt es in Oschersleben einen Deutschkurs am Abend? Wer hilft in Wolmirstedt beim Ausfüllen eines Antrags? Die Antworten standen bisher verstreut in Flyern, Listen und der gedruckten Willkommensmappe. Ab sofort finden Zugewanderte, Ehrenamtliche und Fachkräfte alle Angebote des Netzwerks auf einer gemeinsamen Internetseite.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Die Einträge lassen sich nach Gemeinde, Thema, Zielgruppe und Sprache filtern. Die Seite gibt es auf Deutsch, Englisch, Französisch, Arabisch, Russisch, Rumänisch, Polnisch, Ukrainisch und Persisch – in den Sprachen unserer Willkommensmappe. Ist ein Text noch nicht übersetzt, erscheint er auf Deutsch, und die Seite weist darauf hin.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Die Mitgliedsorganisationen pflegen ihre Einträge selbst; die Koordinierungsstelle für Migration prüft jede Änderung, bevor sie erscheint. Wer einen veralteten Eintrag entdeckt, kann das über das Meldeformular direkt mitteilen. ' }, { type: 'text', text: 'Die Seite setzt keine Cookies und lädt nichts von fremden Servern nach.', bold: true }] },
      ],
    },
    localizations: {
      en: {
        title: 'New website: all the network’s services in one place',
        summary:
          'The new platform of the Börde Integration Network shows counselling services, courses and meeting places across the whole district – in nine languages and kept up to date by the member organisations themselves.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Where is there an evening German course in Oschersleben? Who can help with filling in an application in Wolmirstedt? Until now, the answers were scattered across flyers, lists and the printed welcome binder. From now on, newcomers, volunteers and professionals can find all the services of the network on one shared website.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Entries can be filtered by municipality, topic, target group and language. The website is available in German, English, French, Arabic, Russian, Romanian, Polish, Ukrainian and Persian – the languages of our welcome binder. If a text has not been translated yet, it is shown in German, and the website says so.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'The member organisations keep their own entries up to date; the Coordination Office for Migration checks every change before it is published. If you notice an outdated entry, you can tell us directly using the report form. ' }, { type: 'text', text: 'The website sets no cookies and loads nothing from other servers.', bold: true }] },
        ],
      },
      ar: {
        title: 'موقع إلكتروني جديد: جميع عروض الشبكة في مكان واحد',
        summary:
          'تعرض المنصة الجديدة لشبكة الاندماج في بورده مراكز الاستشارة والدورات وأماكن اللقاء في جميع أنحاء المقاطعة – بتسع لغات، وتقوم المنظمات الأعضاء نفسها بتحديثها.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'أين توجد دورة لغة ألمانية مسائية في أوشرسليبن؟ من يساعد في تعبئة طلب رسمي في فولميرشتيت؟ كانت الإجابات حتى الآن موزّعة بين المنشورات والقوائم وملف الترحيب المطبوع. ومن الآن فصاعدًا يجد القادمون الجدد والمتطوعون والمختصون جميع عروض الشبكة على موقع إلكتروني مشترك واحد.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'يمكن تصفية الإدخالات حسب البلدية والموضوع والفئة المستهدفة واللغة. الموقع متاح بالألمانية والإنجليزية والفرنسية والعربية والروسية والرومانية والبولندية والأوكرانية والفارسية، وهي لغات ملف الترحيب الخاص بنا. وإذا لم يُترجم نص بعد، فإنه يظهر باللغة الألمانية مع إشارة إلى ذلك.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'تقوم المنظمات الأعضاء بتحديث إدخالاتها بنفسها، ويراجع مكتب التنسيق لشؤون الهجرة كل تغيير قبل نشره. إذا لاحظتم إدخالًا قديمًا، يمكنكم إبلاغنا مباشرة عبر نموذج الإبلاغ. ' }, { type: 'text', text: 'لا يستخدم الموقع ملفات تعريف الارتباط (الكوكيز) ولا يحمّل أي محتوى من خوادم أخرى.', bold: true }] },
        ],
      },
      uk: {
        title: 'Новий сайт: усі пропозиції мережі в одному місці',
        summary:
          'Нова платформа Мережі інтеграції Бьорде показує консультаційні служби, курси та місця зустрічей у всьому районі – дев’ятьма мовами, а актуальність записів підтримують самі організації-учасниці.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Де в Ошерслебені є вечірній курс німецької мови? Хто у Вольмірштедті допоможе заповнити заяву? Досі відповіді були розкидані по флаєрах, списках і друкованій вітальній папці. Відтепер новоприбулі, волонтери й фахівці знайдуть усі пропозиції мережі на одному спільному сайті.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Записи можна фільтрувати за громадою, темою, цільовою групою та мовою. Сайт доступний німецькою, англійською, французькою, арабською, російською, румунською, польською, українською та перською – мовами нашої вітальної папки. Якщо текст ще не перекладено, він з’являється німецькою, і сайт про це повідомляє.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Організації-учасниці самі оновлюють свої записи; Координаційний офіс з питань міграції перевіряє кожну зміну перед публікацією. Якщо ви помітили застарілий запис, повідомте нам про це безпосередньо через форму повідомлення. ' }, { type: 'text', text: 'Сайт не використовує файли cookie і нічого не завантажує з інших серверів.', bold: true }] },
        ],
      },
    },
  },
  {
    slug: 'einladung-netzwerkvollversammlung',
    daysAgo: 12,
    responsiblePerson: 'Martina Hölzel',
    de: {
      title: 'Einladung zur Netzwerkvollversammlung: Ankommen in Arbeit und Ausbildung',
      summary:
        'Die diesjährige Netzwerkvollversammlung widmet sich dem Übergang in Arbeit und Ausbildung. Die Anmeldung bei der Koordinierungsstelle für Migration ist ab sofort möglich.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Einmal im Jahr kommen alle, die im Landkreis Börde in der Integrationsarbeit aktiv sind, zur Netzwerkvollversammlung zusammen. In diesem Jahr steht der Übergang in Arbeit und Ausbildung im Mittelpunkt: Viele Zugewanderte haben ihren Sprachkurs abgeschlossen und suchen nun einen Praktikums-, Ausbildungs- oder Arbeitsplatz – und viele Betriebe in der Region suchen dringend Fachkräfte.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Am Vormittag berichten Referentinnen und Referenten des Landesministeriums für Integration und des Bundesamts für Migration und Flüchtlinge über aktuelle Entwicklungen; die Koordinierungsstelle stellt die Zahlen zur Zuwanderung in den Landkreis vor. Am Nachmittag geht es in drei Workshops weiter: Wege in Betriebe der Region, Deutsch lernen auf dem Land sowie Begleitung und Anerkennung für Ehrenamtliche. In der Mittagspause stellen Mitglieder des Netzwerks beim Markt der Möglichkeiten ihre Angebote vor.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Bei der letzten Vollversammlung entstand die Idee einer gemeinsamen Übersicht aller Sprachcafés im Landkreis, die die AG Sprache inzwischen umgesetzt hat. Auch diesmal sollen aus den Workshops konkrete Vorhaben für die Arbeitsgruppen werden. Die Teilnahme ist kostenlos. Termin und Ort stehen im Veranstaltungskalender. ' }, { type: 'text', text: 'Bitte melden Sie sich bis zwei Wochen vorher an: koordinierung-migration@example.org, Telefon 0000 330300.', bold: true }] },
      ],
    },
    localizations: {
      en: {
        title: 'Invitation to the network assembly: getting started in work and vocational training',
        summary:
          'This year’s network assembly focuses on the transition into work and vocational training. You can now register with the Coordination Office for Migration.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Once a year, everyone who is active in integration work in the district of Börde comes together for the network assembly. This year the focus is on the transition into work and vocational training: many newcomers have finished their language course and are now looking for an internship, an apprenticeship or a job – and many businesses in the region urgently need skilled workers.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'In the morning, speakers from the state Ministry for Integration and the Federal Office for Migration and Refugees will report on current developments, and the coordination office will present the figures on immigration into the district. The afternoon continues with three workshops: pathways into local businesses, learning German in rural areas, and support and recognition for volunteers. During the lunch break, network members will present their services at a marketplace of opportunities.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'At the last assembly, the idea of a joint overview of all language cafés in the district was born – the Language working group has since put it into practice. This time, too, the workshops are meant to produce concrete projects for the working groups. Participation is free of charge. You can find the date and venue in the events calendar. ' }, { type: 'text', text: 'Please register at least two weeks in advance: koordinierung-migration@example.org, phone 0000 330300.', bold: true }] },
        ],
      },
      ar: {
        title: 'دعوة إلى الجمعية العامة للشبكة: الوصول إلى العمل والتدريب المهني',
        summary:
          'تخصَّص الجمعية العامة للشبكة هذا العام لموضوع الانتقال إلى العمل والتدريب المهني. التسجيل لدى مكتب التنسيق لشؤون الهجرة متاح من الآن.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'مرة كل عام يجتمع كل من ينشط في العمل من أجل الاندماج في مقاطعة بورده في الجمعية العامة للشبكة. ويتمحور هذا العام حول الانتقال إلى العمل والتدريب المهني: فكثير من القادمين الجدد أنهوا دورة اللغة ويبحثون الآن عن مكان للتدريب العملي أو التدريب المهني أو عن عمل، وكثير من الشركات في المنطقة بحاجة ماسّة إلى أيدٍ عاملة مؤهلة.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'في الفترة الصباحية يتحدث محاضرون ومحاضرات من وزارة الاندماج في الولاية ومن المكتب الاتحادي للهجرة واللاجئين عن المستجدات الحالية، ويعرض مكتب التنسيق أرقام الهجرة إلى المقاطعة. وبعد الظهر يستمر البرنامج في ثلاث ورش عمل: طرق الوصول إلى شركات المنطقة، وتعلّم الألمانية في الريف، ومرافقة المتطوعين وتقدير جهودهم. وخلال استراحة الغداء يعرض أعضاء الشبكة عروضهم في «سوق الفرص».' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'في الجمعية العامة الماضية وُلدت فكرة إعداد نظرة عامة مشتركة على جميع مقاهي اللغة في المقاطعة، وقد نفّذتها مجموعة عمل اللغة منذ ذلك الحين. وهذه المرة أيضًا نريد أن تخرج ورش العمل بمشاريع ملموسة لمجموعات العمل. المشاركة مجانية. تجدون الموعد والمكان في تقويم الفعاليات. ' }, { type: 'text', text: 'يرجى التسجيل قبل الموعد بأسبوعين على الأقل: koordinierung-migration@example.org، هاتف 0000 330300.', bold: true }] },
        ],
      },
      uk: {
        title: 'Запрошення на загальні збори мережі: шлях до роботи та професійного навчання',
        summary:
          'Цьогорічні загальні збори мережі присвячені переходу до роботи та професійного навчання. Зареєструватися в Координаційному офісі з питань міграції можна вже зараз.',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Раз на рік усі, хто працює у сфері інтеграції в районі Бьорде, збираються на загальні збори мережі. Цього року в центрі уваги – перехід до роботи та професійного навчання: багато новоприбулих уже завершили мовний курс і тепер шукають місце для практики, професійного навчання або роботу, а багатьом підприємствам регіону гостро бракує кваліфікованих працівників.' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Зранку доповідачі від земельного Міністерства з питань інтеграції та Федерального відомства з питань міграції та біженців розкажуть про актуальні зміни, а координаційний офіс представить дані про імміграцію до району. Після обіду робота продовжиться в трьох воркшопах: шляхи до підприємств регіону, вивчення німецької в сільській місцевості, а також супровід і визнання волонтерів. Під час обідньої перерви учасники мережі представлять свої пропозиції на «Ярмарку можливостей».' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'На минулих загальних зборах виникла ідея спільного огляду всіх мовних кафе в районі, яку робоча група «Мова» відтоді втілила. І цього разу воркшопи мають дати конкретні проєкти для робочих груп. Участь безкоштовна. Дату й місце проведення ви знайдете в календарі подій. ' }, { type: 'text', text: 'Будь ласка, зареєструйтеся щонайменше за два тижні: koordinierung-migration@example.org, телефон 0000 330300.', bold: true }] },
        ],
      },
    },
  },
  {
    slug: 'integrationslotsen-gesucht',
    daysAgo: 18,
    responsiblePerson: 'Tarek Samadi',
    de: {
      title: 'Integrationslotsinnen und -lotsen gesucht – neue Schulungsreihe startet',
      summary:
        'Die Koordinierungsstelle sucht Ehrenamtliche, die neu Zugezogene zu Behörden, Ärztinnen und Schulen begleiten. Besonders gebraucht werden Lotsinnen und Lotsen in den kleineren Gemeinden.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Der erste Termin bei der Ausländerbehörde, das Elterngespräch in der Schule, die Anmeldung beim Kinderarzt: Vieles ist leichter, wenn jemand dabei ist, der sich auskennt. Im Landkreis Börde übernehmen das seit Jahren die ehrenamtlichen Integrationslotsinnen und -lotsen. Derzeit sind rund 40 von ihnen aktiv – zu wenige, vor allem in Oebisfelde-Weferlingen, in der Verbandsgemeinde Obere Aller und in der Westlichen Börde.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Die neue Schulungsreihe umfasst vier Abendmodule in Haldensleben: Grundzüge des Asyl- und Aufenthaltsrechts, Behörden und Hilfesystem im Landkreis, interkulturelle Kommunikation sowie eigene Grenzen und Schweigepflicht. Die Teilnahme ist kostenlos, Fahrtkosten werden erstattet. Nach der Schulung begleitet die Koordinierungsstelle die Lotsinnen und Lotsen mit monatlichen Austauschtreffen und Fallbesprechungen.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Besonders willkommen sind Menschen, die Arabisch, Dari/Persisch, Ukrainisch oder Russisch sprechen – und alle, die selbst einmal neu im Landkreis waren. Interessierte melden sich bei Tarek Samadi in der Koordinierungsstelle für Migration, E-Mail lotsen-boerde@example.org, Telefon 0000 330310.' }] },
      ],
    },
  },
  {
    slug: 'abendkurs-integration-wolmirstedt',
    daysAgo: 33,
    responsiblePerson: 'Martina Hölzel',
    de: {
      title: 'Integrationskurs am Abend: Neues Angebot in Wolmirstedt für Berufstätige',
      summary:
        'Die Kreisvolkshochschule startet in Wolmirstedt einen Integrationskurs, der nach Feierabend stattfindet. Während der Kurszeiten gibt es eine Kinderbetreuung.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Viele Zugewanderte im Landkreis arbeiten bereits – in der Logistik, in der Pflege oder in der Landwirtschaft. Für sie sind Integrationskurse am Vormittag kaum zu schaffen. Die Kreisvolkshochschule Börde bietet deshalb in Wolmirstedt einen Kurs an, der montags bis donnerstags von 17:30 bis 20:45 Uhr stattfindet und bis zum Niveau B1 führt.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Die Idee stammt aus der AG Sprache des Netzwerks: Das Integrationsbündnis Wolmirstedt hatte gemeinsam mit dem Jobcenter ermittelt, wie viele Berufstätige auf einen Abendkurs warten. Das Bündnis organisiert außerdem eine Kinderbetreuung durch Ehrenamtliche in den Räumen der Volkshochschule, damit auch Eltern teilnehmen können.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Wer eine Berechtigung oder Verpflichtung zum Integrationskurs hat, zahlt in der Regel keinen oder nur einen geringen Eigenanteil. Vor Kursbeginn ist ein kostenloser Einstufungstest nötig. Anmeldung und Beratung: Kreisvolkshochschule Börde, info-kvhs@example.org, Telefon 0000 310100.' }] },
      ],
    },
  },
  {
    slug: 'interkulturelle-woche-rueckblick',
    daysAgo: 58,
    responsiblePerson: 'Martina Hölzel',
    de: {
      title: 'Rückblick auf die Interkulturelle Woche: Eine Woche voller Begegnungen',
      summary:
        'Mehr als 30 Veranstaltungen zwischen Oebisfelde und Kroppenstedt, rund 1.800 Gäste und viele neue Kontakte: So war die Interkulturelle Woche im Landkreis Börde.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Ende September stand der Landkreis eine Woche lang im Zeichen der Vielfalt. Unter dem Dach der Interkulturellen Woche luden Vereine, Kirchengemeinden, Schulen, Jugendhäuser und Beratungsstellen zu mehr als 30 Veranstaltungen ein – von Oebisfelde bis Kroppenstedt. Rund 1.800 Besucherinnen und Besucher kamen zu Festen, Lesungen, Sportturnieren und Tagen der offenen Tür.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Eröffnet wurde die Woche mit einem ökumenischen Gottesdienst in der St.-Marien-Kirche in Haldensleben. Höhepunkt war der Markt der Kulturen auf dem Marktplatz in Oschersleben: Familien aus Syrien, der Ukraine, Afghanistan und Rumänien boten Gerichte aus ihrer Heimat an, Jugendliche führten ein Trommelprogramm auf. In Wanzleben kochten Gäste aus zwölf Ländern beim internationalen Kochabend im Café ohne Grenzen des DRK, in der Stadtbibliothek Haldensleben hörten Kinder Geschichten auf Arabisch, Ukrainisch und Deutsch, und zum Abschluss radelten rund 40 Menschen bei der interkulturellen Fahrradtour an der Ohre entlang.' }] },
        {
          type: 'image',
          image: {
            name: 'canary.jpg',
            alternativeText: 'Foto vom Fest',
            url: 'https://canary.example.net/canary.jpg',
            width: 800,
            height: 600,
            formats: {},
            hash: 'canary',
            ext: '.jpg',
            mime: 'image/jpeg',
            size: 50,
            previewUrl: null,
            provider: 'local',
            provider_metadata: null,
            createdAt: '2026-01-01T00:00:00.000Z',
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
          children: [{ type: 'text', text: '' }],
        },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Viele Eindrücke vom Markt der Kulturen zeigt unsere ' },
            { type: 'link', url: 'https://canary.example.net/rueckblick', children: [{ type: 'text', text: 'Fotogalerie' }] },
            { type: 'text', text: '. Allen Mitwirkenden und den vielen Ehrenamtlichen danken wir herzlich für ihren Einsatz.' },
          ],
        },
        { type: 'paragraph', children: [{ type: 'text', text: 'Die Planung für das nächste Jahr beginnt im Frühjahr. Programmbeiträge können wieder bis zum Sommer bei der Koordinierungsstelle für Migration eingereicht werden; danach erscheint das gedruckte Programmheft. Wer zum ersten Mal mitmachen möchte, meldet sich am besten schon jetzt unter koordinierung-migration@example.org.' }] },
      ],
    },
  },
  {
    slug: 'praktikumsboerse-oschersleben',
    daysAgo: 140,
    responsiblePerson: 'Tarek Samadi',
    de: {
      title: 'Praktikumsbörse in Oschersleben: 18 Betriebe treffen junge Zugewanderte',
      summary:
        'Die AG Arbeit/Ausbildung/Praktika hat zum ersten Mal eine Praktikumsbörse organisiert. Am Ende standen 23 vereinbarte Praktika und mehrere Einladungen zum Vorstellungsgespräch.',
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Ein Praktikum ist für viele junge Zugewanderte der beste Weg in eine Ausbildung: Sie lernen einen Beruf kennen, üben Deutsch im Arbeitsalltag, und die Betriebe lernen sie kennen. Die AG Arbeit/Ausbildung/Praktika des Netzwerks hat deshalb in der Stadthalle Oschersleben eine Praktikumsbörse organisiert, bei der 18 Betriebe aus Handwerk, Pflege, Logistik und Einzelhandel an ihren Tischen warteten.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Rund 70 Jugendliche und junge Erwachsene kamen, viele begleitet von Lehrkräften der Berufsschule, vom Jugendmigrationsdienst oder von der Job-Brücke Börde. Ehrenamtliche Sprachmittlerinnen halfen bei den Gesprächen auf Arabisch, Dari und Ukrainisch. Das Jobcenter beantwortete Fragen zu Fahrtkosten und zur Förderung während der Ausbildung.' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Am Ende des Tages waren 23 Praktika vereinbart, drei Betriebe luden direkt zum Vorstellungsgespräch für einen Ausbildungsplatz ein. Die AG will die Börse im kommenden Jahr wiederholen – dann auch in Haldensleben, damit die Wege aus dem Norden des Landkreises kürzer werden.' }] },
      ],
    },
  },
];
