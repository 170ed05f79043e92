/**
 * The municipalities of Landkreis Börde as they are written in the site's non-Latin scripts
 * (Russian, Ukrainian, Arabic, Persian), by municipality slug. The CMS keeps one (German) name per
 * municipality, which also serves the Latin-script locales (umlauts fold: "Borde" finds "Börde");
 * these forms let a visitor search in the script of their language ("Ванцлебен", "فانتسليبن").
 * The search tolerates a typo, so a spelling that differs by a letter still matches. A
 * municipality that is not listed here is found by its German name only.
 * Each list holds the Russian, Ukrainian, Arabic and Persian form, in that order.
 */
export const PLACE_NAMES: Readonly<Record<string, readonly string[]>> = {
	haldensleben: ['Хальденслебен', 'Гальденслебен', 'هالدنسليبن', 'هالدنسلبن'],
	barleben: ['Барлебен', 'بارليبن', 'بارلبن'],
	'hohe-boerde': ['Хоэ-Бёрде', 'Гое-Берде', 'هوهه بورده', 'هوهه بورده'],
	'niedere-boerde': ['Нидере-Бёрде', 'Нідере-Берде', 'نيدره بورده', 'نیدره بورده'],
	'oebisfelde-weferlingen': ['Эбисфельде-Веферлинген', 'Ебісфельде-Веферлінген', 'أوبيسفيلده فيفرلينغن', 'اوبیسفلده وفرلینگن'],
	'oschersleben-bode': ['Ошерслебен', 'Ошерслебен', 'أوشرسليبن', 'اشرسلبن'],
	suelzetal: ['Зюльцеталь', 'Зюльцеталь', 'زولتسهتال', 'زولتسه‌تال'],
	'wanzleben-boerde': ['Ванцлебен-Бёрде', 'Ванцлебен-Берде', 'فانتسليبن بورده', 'وانتسلبن بورده'],
	wolmirstedt: ['Вольмирштедт', 'Вольмірштедт', 'فولميرشتيت', 'ولمیرشتت'],
	'verbandsgemeinde-elbe-heide': ['Эльбе-Хайде', 'Ельбе-Гайде', 'إلبه هايده', 'البه هایده'],
	'verbandsgemeinde-flechtingen': ['Флехтинген', 'Флехтінген', 'فليشتينغن', 'فلشتینگن'],
	'verbandsgemeinde-obere-aller': ['Обере-Аллер', 'Обере-Аллер', 'أوبره آلر', 'اوبره آلر'],
	'verbandsgemeinde-westliche-boerde': ['Вестлихе-Бёрде', 'Вестліхе-Берде', 'فستليشه بورده', 'وستلیشه بورده'],
	angern: ['Ангерн', 'Ангерн', 'أنغرن', 'آنگرن'],
	burgstall: ['Бургшталь', 'Бургшталь', 'بورغشتال', 'بورگشتال'],
	colbitz: ['Кольбиц', 'Кольбіц', 'كولبيتس', 'کولبیتس'],
	'loitsche-heinrichsberg': ['Лойче-Хайнрихсберг', 'Лойче-Гайнріхсберг', 'لويتشه هاينريشسبرغ', 'لویچه هاینریشسبرگ'],
	roegatz: ['Рогетц', 'Рогетц', 'روغيتس', 'روگتس'],
	westheide: ['Вестхайде', 'Вестгайде', 'فستهايده', 'وستهایده'],
	zielitz: ['Цилиц', 'Циліц', 'تسيليتس', 'تسیلیتس'],
	altenhausen: ['Альтенхаузен', 'Альтенгаузен', 'ألتنهاوزن', 'آلتنهاوزن'],
	beendorf: ['Бендорф', 'Бендорф', 'بيندورف', 'بندورف'],
	buelstringen: ['Бюльстринген', 'Бюльстрінген', 'بولسترينغن', 'بولسترینگن'],
	calvoerde: ['Кальфёрде', 'Кальферде', 'كالفورده', 'کالفورده'],
	erxleben: ['Эркслебен', 'Ерклебен', 'إركسليبن', 'ارکسلبن'],
	flechtingen: ['Флехтинген', 'Флехтінген', 'فليشتينغن', 'فلشتینگن'],
	ingersleben: ['Ингерслебен', 'Інгерслебен', 'إنغرسليبن', 'اینگرسلبن'],
	eilsleben: ['Айльслебен', 'Айльслебен', 'آيلسليبن', 'آیلسلبن'],
	harbke: ['Харбке', 'Гарбке', 'هاربكه', 'هاربکه'],
	hoetensleben: ['Хётенслебен', 'Гетенслебен', 'هوتنسليبن', 'هوتنسلبن'],
	sommersdorf: ['Зоммерсдорф', 'Зоммерсдорф', 'زومرسدورف', 'زومرسدورف'],
	ummendorf: ['Уммендорф', 'Уммендорф', 'أومندورف', 'اومندورف'],
	voelpke: ['Фёльпке', 'Фельпке', 'فولبكه', 'فولپکه'],
	wefensleben: ['Вефенслебен', 'Вефенслебен', 'فيفنسليبن', 'وفنسلبن'],
	'am-grossen-bruch': ['Ам-Гросен-Брух', 'Ам-Гроссен-Брух', 'آم غروسن بروخ', 'آم گروسن بروخ'],
	ausleben: ['Ауслебен', 'Ауслебен', 'أوسليبن', 'اوسلبن'],
	groeningen: ['Грёнинген', 'Гренінген', 'غرونينغن', 'گرونینگن'],
	kroppenstedt: ['Кроппенштедт', 'Кроппенштедт', 'كروبنشتيت', 'کروپنشتت']
};

const SCRIPT_LOCALES = ['ru', 'uk', 'ar', 'fa'] as const;

/** The municipality's name in the script of a non-Latin locale, if known. */
export function localPlaceName(slug: string, locale: string): string | null {
	const position = (SCRIPT_LOCALES as readonly string[]).indexOf(locale);
	return position >= 0 ? (PLACE_NAMES[slug]?.[position] ?? null) : null;
}
