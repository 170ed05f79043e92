import type { GlobalSeed } from '../types';

/** Site-wide settings: name, motto and introduction in every locale, and the coordination office as contact. */
export const globalSettings: GlobalSeed = {
  de: {
    siteName: 'Netzwerk Integration Börde',
    motto: 'Austauschen und helfen',
    intro:
      'Beratung, Deutschkurse, Treffpunkte und Hilfe im Alltag: Hier finden Zugewanderte und alle, die sie unterstützen, die Angebote unserer Mitgliedsorganisationen im ganzen Landkreis Börde.',
  },
  localizations: {
    en: {
      siteName: 'Börde Integration Network',
      motto: 'Share and help',
      intro:
        'Counselling, German courses, meeting places and help with everyday life: here newcomers and everyone who supports them can find the services of our member organisations across the whole district of Börde.',
    },
    fr: {
      siteName: 'Réseau Intégration Börde',
      motto: 'Échanger et aider',
      intro:
        'Conseil, cours d’allemand, lieux de rencontre et aide au quotidien : ici, les personnes nouvellement arrivées et toutes celles qui les soutiennent trouvent les offres de nos organisations membres dans tout l’arrondissement de Börde.',
    },
    ar: {
      siteName: 'شبكة الاندماج في بورده',
      motto: 'نتبادل ونساعد',
      intro:
        'استشارات ودورات لغة ألمانية وأماكن لقاء ومساعدة في الحياة اليومية: هنا يجد القادمون الجدد وكل من يدعمهم عروض منظماتنا الأعضاء في جميع أنحاء مقاطعة بورده.',
    },
    ru: {
      siteName: 'Сеть интеграции Бёрде',
      motto: 'Обмениваться и помогать',
      intro:
        'Консультации, курсы немецкого языка, места встреч и помощь в повседневной жизни: здесь приезжие и все, кто их поддерживает, найдут предложения наших организаций-участниц по всему району Бёрде.',
    },
    ro: {
      siteName: 'Rețeaua de Integrare Börde',
      motto: 'Să împărtășim și să ajutăm',
      intro:
        'Consiliere, cursuri de germană, locuri de întâlnire și ajutor în viața de zi cu zi: aici, noii veniți și toți cei care îi sprijină găsesc ofertele organizațiilor noastre membre din întregul district Börde.',
    },
    pl: {
      siteName: 'Sieć Integracyjna Börde',
      motto: 'Wymieniać się i pomagać',
      intro:
        'Doradztwo, kursy języka niemieckiego, miejsca spotkań i pomoc w codziennym życiu: tutaj osoby nowo przybyłe i wszyscy, którzy je wspierają, znajdą oferty naszych organizacji członkowskich z całego powiatu Börde.',
    },
    uk: {
      siteName: 'Мережа інтеграції Бьорде',
      motto: 'Обмінюватися та допомагати',
      intro:
        'Консультації, курси німецької мови, місця зустрічей і допомога в повсякденному житті: тут новоприбулі та всі, хто їх підтримує, знайдуть пропозиції наших організацій-учасниць по всьому району Бьорде.',
    },
    fa: {
      siteName: 'شبکه ادغام بورده',
      motto: 'تبادل و کمک',
      intro:
        'مشاوره، کلاس‌های زبان آلمانی، مکان‌های دیدار و کمک در زندگی روزمره: اینجا تازه‌واردان و همهٔ کسانی که از آنان حمایت می‌کنند، خدمات سازمان‌های عضو را در سراسر شهرستان بورده پیدا می‌کنند.',
    },
  },
  contact: {
    contactPerson: 'Koordinierungsstelle für Migration',
    email: 'koordinierung-migration@example.org',
    phone: '0000 330300',
    website: 'https://integration-boerde.example.org',
  },
  address: { street: 'Kreishausplatz 1', postalCode: '39340', city: 'Haldensleben' },
};
