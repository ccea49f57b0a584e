"""Extraction, phenomenon by phenomenon, on texts written for these tests.

Each case is a short report in our own words and the claims it must (and must not) yield,
compared on the fields the benchmark scores.
"""
from datetime import date

import pytest

from skyledger.extract import extract
from skyledger.models import Document

FIELDS = {
    "air_attack": ("attacker", "target", "weapon", "metric", "count", "date", "region"),
    "casualties": ("outcome", "count", "date", "region"),
}


def claims_of(text, lang="en", published="2025-06-12", source=None):
    doc = Document(text=text, lang=lang, published=date.fromisoformat(published), source=source)
    out = set()
    for c in extract(doc):
        if c.kind in FIELDS:
            out.add((c.kind, *(str(getattr(c, f)) if getattr(c, f) is not None else None for f in FIELDS[c.kind])))
    return out


def air(attacker, target, weapon, metric, count, day, region=None):
    return ("air_attack", attacker, target, weapon, metric, str(count), day, region)


def cas(outcome, count, day, region=None):
    return ("casualties", outcome, str(count), day, region)


def test_wire_night_with_launched_defeated_lost():
    got = claims_of(
        "Russia fired 212 drones and nine missiles at Ukraine overnight, the air force said on Thursday. "
        "Air defences shot down 180 of the drones and all nine missiles, while another 25 drones were "
        "lost to electronic jamming.")
    assert got == {
        air("RU", "UA", "drone", "launched", 212, "2025-06-12"),
        air("RU", "UA", "missile", "launched", 9, "2025-06-12"),
        air("RU", "UA", "drone", "defeated", 180, "2025-06-12"),
        air("RU", "UA", "missile", "defeated", 9, "2025-06-12"),
        air("RU", "UA", "drone", "lost", 25, "2025-06-12"),
    }


def test_defence_ministry_per_region_list_and_each():
    got = claims_of(
        "Over the past night, on-duty air defence systems intercepted and destroyed 61 Ukrainian fixed-wing UAVs:\n"
        "30 over the territory of the Kursk region,\n"
        "seven each over the territories of the Bryansk and Oryol regions,\n"
        "and 17 over the Black Sea.", source="defence_ministry")
    assert got == {
        air("UA", "RU", "drone", "defeated", 61, "2025-06-12"),
        air("UA", "RU", "drone", "defeated", 30, "2025-06-12", "RU-KRS"),
        air("UA", "RU", "drone", "defeated", 7, "2025-06-12", "RU-BRY"),
        air("UA", "RU", "drone", "defeated", 7, "2025-06-12", "RU-ORL"),
        air("UA", "RU", "drone", "defeated", 17, "2025-06-12"),
    }


def test_partitive_total_and_combined_weapons():
    got = claims_of("Ukraine's air force said it destroyed 37 of the 45 drones and missiles launched overnight.")
    assert air("RU", "UA", "any", "defeated", 37, "2025-06-12") in got
    assert air("RU", "UA", "any", "launched", 45, "2025-06-12") in got


def test_weekdays_and_the_night_rule():
    got = claims_of("Russia launched almost 300 drones on Monday and a wave of 120 drones overnight on Tuesday.")
    assert air("RU", "UA", "drone", "launched", 300, "2025-06-09") in got
    assert air("RU", "UA", "drone", "launched", 120, "2025-06-10") in got


def test_qualifiers():
    doc = Document(text="Russia sent more than 80 drones and up to 12 missiles against Ukraine overnight.",
                   lang="en", published=date(2025, 6, 12))
    qualifiers = {c.count: c.qualifier for c in extract(doc)}
    assert qualifiers == {80: "at_least", 12: "at_most"}


def test_casualties_with_children_and_superseded_toll():
    got = claims_of(
        "The number of people killed in Tuesday's strike on Odesa has risen to 14, including three children, "
        "regional officials said. The toll had previously stood at 11. Forty-two people were injured.")
    assert got == {
        cas("killed", 14, "2025-06-10", "UA-51"),
        cas("killed", 3, "2025-06-10", "UA-51"),
        cas("injured", 42, "2025-06-10", "UA-51"),
    }


def test_figures_that_are_not_claims():
    got = claims_of(
        "Since the start of the war Russia has fired more than 9,000 missiles at Ukraine. "
        "Russia is estimated to produce about 2,500 Shahed drones a month. "
        "The front line stretches for 1,200 kilometres, and a barrel of oil costs USD 60.")
    assert got == set()


def test_singular_drone_and_local_governor():
    got = claims_of(
        "Governor of the Belgorod Region\n\nA Ukrainian drone attacked a car near Shebekino this morning. "
        "The driver, a 40-year-old man, was wounded.", source="governor")
    assert got == {
        air("UA", "RU", "drone", "launched", 1, "2025-06-12", "RU-BEL"),
        cas("injured", 1, "2025-06-12", "RU-BEL"),
    }


def test_ukrainian_air_force_report():
    got = claims_of(
        "У ніч на 5 травня (з 19:00 4 травня) противник атакував 98 засобами повітряного нападу:\n"
        "– 90 ударними БпЛА типу Shahed та дронами-імітаторами;\n"
        "– вісьмома крилатими ракетами Х-101.\n"
        "За попередніми даними, станом на 09:00 збито/подавлено 81 ворожий БпЛА та сім крилатих ракет. "
        "Ще дев'ятнадцять дронів-імітаторів локаційно втрачено.",
        lang="uk", published="2025-05-05", source="air_force")
    assert got == {
        air("RU", "UA", "any", "launched", 98, "2025-05-05"),
        air("RU", "UA", "drone", "launched", 90, "2025-05-05"),
        air("RU", "UA", "missile", "launched", 8, "2025-05-05"),
        air("RU", "UA", "drone", "defeated", 81, "2025-05-05"),
        air("RU", "UA", "missile", "defeated", 7, "2025-05-05"),
        air("RU", "UA", "drone", "lost", 19, "2025-05-05"),
    }


def test_ukrainian_regions_and_casualties_in_words():
    got = claims_of(
        "Минулої ночі ворог атакував Одещину ударними дронами. Над областю збито чотирнадцять БпЛА. "
        "Загинули двоє людей, ще п'ятеро поранені, серед них дитина.",
        lang="uk", published="2025-05-05", source="governor")
    assert got == {
        air("RU", "UA", "drone", "defeated", 14, "2025-05-05", "UA-51"),
        cas("killed", 2, "2025-05-05", "UA-51"),
        cas("injured", 5, "2025-05-05", "UA-51"),
        cas("injured", 1, "2025-05-05", "UA-51"),
    }


def test_russian_defence_ministry_with_distributive_list():
    got = claims_of(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 40 украинских беспилотных "
        "летательных аппаратов самолетного типа: 22 — над территорией Курской области, по девять — над "
        "территориями Брянской и Белгородской областей.",
        lang="ru", published="2025-05-05", source="defence_ministry")
    assert got == {
        air("UA", "RU", "drone", "defeated", 40, "2025-05-05"),
        air("UA", "RU", "drone", "defeated", 22, "2025-05-05", "RU-KRS"),
        air("UA", "RU", "drone", "defeated", 9, "2025-05-05", "RU-BRY"),
        air("UA", "RU", "drone", "defeated", 9, "2025-05-05", "RU-BEL"),
    }


def test_russian_governor_singular_and_people():
    got = claims_of(
        "Минувшей ночью над Курском сбиты три беспилотника. Обломками одного из них повреждена крыша. "
        "Ранены двое мирных жителей.",
        lang="ru", published="2025-05-05", source="governor")
    assert got == {
        air("UA", "RU", "drone", "defeated", 3, "2025-05-05", "RU-KRS"),
        cas("injured", 2, "2025-05-05", "RU-KRS"),
    }


def test_every_claim_points_to_its_sentence_and_figure():
    text = "Kyiv, June 12. Russia launched 41 drones at Ukraine overnight. Two people were killed in Kharkiv."
    doc = Document(text=text, lang="en", published=date(2025, 6, 12))
    for claim in extract(doc):
        ev = claim.evidence
        assert text[ev.sentence_start:ev.sentence_end] == ev.sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
        figure = text[ev.start:ev.end].lower()
        assert figure in ("41", "two")


def test_unresolved_dates_without_publication_date():
    doc = Document(text="Russia launched 41 drones at Ukraine overnight.", lang="en")
    [claim] = extract(doc)
    assert claim.date is None and claim.count == 41


@pytest.mark.parametrize("lang", ["de", "pl", None])
def test_other_languages_yield_nothing(lang):
    doc = Document(text="Russland griff die Ukraine in der Nacht mit 41 Drohnen an.", lang=lang or "de")
    assert extract(doc) == []


# ---------------------------------------------------------------- phenomena the probe sets found


def test_participle_between_number_and_noun_gives_the_metric():
    got = claims_of("Міноборони РФ заявило про 41 збитий дрон над Бєлгородською областю.", lang="uk")
    assert got == {air("UA", "RU", "drone", "defeated", 41, "2025-06-12", "RU-BEL")}


def test_dashed_region_list_gives_each_count_the_place_before_its_dash():
    got = claims_of("Минобороны России заявило, что в ночь на вторник над Саратовской областью уничтожены "
                    "девять беспилотников, над Брянской — 13, над Тульской — шесть.", lang="ru", published="2025-01-14")
    assert got == {air("UA", "RU", "drone", "defeated", n, "2025-01-14", region)
                   for n, region in ((9, "RU-SAR"), (13, "RU-BRY"), (6, "RU-TUL"))}


def test_short_place_and_count_sentence_continues_the_figure_before():
    got = claims_of("Над Буковиною збито два безпілотники. На Волині – ще три.", lang="uk")
    assert air("RU", "UA", "drone", "defeated", 3, "2025-06-12", "UA-07") in got


def test_plurals_of_round_numbers_are_no_count_but_fractions_are():
    assert claims_of("Росія запустила десятки дронів і сотні ракет.", lang="uk") == set()
    got = claims_of("Над областю збито півтора десятка дронів.", lang="uk")
    assert {c[5] for c in got} == {"15"}


def test_heading_names_the_target_side_but_not_the_region():
    got = claims_of("Собянин сообщил, что сбиты 32 беспилотника, летевших на Москву.", lang="ru")
    assert got == {air("UA", "RU", "drone", "defeated", 32, "2025-06-12")}


def test_launch_areas_do_not_make_an_air_force_report_russian():
    got = claims_of("В ночь на 12 июня противник атаковал 112 ударными БпЛА из направлений: Курск, Брянск, "
                    "Миллерово.", lang="ru")
    assert got == {air("RU", "UA", "drone", "launched", 112, "2025-06-12")}


def test_an_age_between_commas_is_no_count():
    got = claims_of('"They hit us again," said Olena, 41, who lost her flat. Russia launched 20 drones at Kyiv.')
    assert {c[5] for c in got} == {"20"}


def test_a_weapon_that_destroys_something_hit_it():
    got = claims_of("A Russian cruise missile destroyed a section of a school in Kyiv.")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-30")}


def test_since_late_on_the_day_before_is_the_night_into_the_report():
    got = claims_of("Moscow Mayor Sergei Sobyanin said air defences had shot down 32 drones flying towards the "
                    "capital since late on Wednesday.")
    assert {c[6] for c in got} == {"2025-06-12"}  # published on Thursday


def test_a_later_toll_takes_the_attack_day_not_the_day_it_was_said():
    got = claims_of("Two Iskander-M missiles struck Sumy on April 13. On Monday, officials had reported 34 dead. "
                    "The death toll stands at 35, the regional military administration said on Wednesday.",
                    published="2025-04-16")
    assert cas("killed", 35, "2025-04-13", "UA-59") in got


@pytest.mark.parametrize("text, lang, region", [
    # "с" + instrumental is "with", not "from": the place after it is where the drone struck
    ("Украинский дрон ударил по машине с рабочими Курской АЭС в Курчатове.", "ru", "RU-KRS"),
    # "з" + genitive is "from": a launch area, and the place after "в" is not part of it
    ("Ворог атакував 40 дронами з Брянської області.", "uk", None),
])
def test_from_and_with_after_the_same_preposition(text, lang, region):
    got = claims_of(text, lang=lang)
    assert {c[7] for c in got if c[0] == "air_attack"} == {region}



def test_one_person_each_in_two_towns_is_two_figures():
    text = ("Итоги дня.\n\n▪️ Рыльск. Дрон атаковал грузовик, ранен водитель.\n\n"
            "▪️ Льгов. При атаке беспилотника пострадал подросток.")
    doc = Document(text=text, lang="ru", published=date(2025, 6, 12), source="governor")
    injured = [(c.count, c.region, c.population) for c in extract(doc) if c.kind == "casualties"]
    assert sorted(injured) == [(1, "RU-KRS", "children"), (1, "RU-KRS", "civilian")]


def test_a_district_of_the_other_country_beside_a_town_is_the_towns_own():
    # Aleksandrovsky district is also in the Vladimir region; beside Zaporizhzhia it is the city's
    got = claims_of("Днём в Запорожье беспилотник попал в гараж в Александровском районе.", lang="ru")
    assert {c[7] for c in got} == {"UA-23"}


def test_a_date_elsewhere_in_the_sentence_beats_the_day_the_story_is_on():
    got = claims_of("A Russian missile struck Kyiv on June 9, killing four people. On Wednesday night, Russia launched "
                    "40 more drones; air defences downed 31 of the drones, the air force said on Thursday.")
    assert {c[6] for c in got if c[4] in ("launched", "defeated") and c[3] == "drone"} == {"2025-06-12"}


def test_a_regional_governor_in_the_next_paragraph_speaks_of_the_datelined_city():
    got = claims_of("SUMY, Ukraine (AP) — Russian forces hit the northern city of Sumy with missiles on Thursday.\n\n"
                    "Regional Gov. Oleh Hryhorov said two missiles struck a bus station.")
    assert air("RU", "UA", "missile", "hit", 2, "2025-06-12", "UA-59") in got


@pytest.mark.parametrize("text, lang, region", [
    # after a comma, a clause with a verb of its own keeps its place to itself
    ("Росія заявила про 60 збитих дронів, у Брянську горить склад.", "uk", None),
    ("Россия заявила о 60 сбитых беспилотниках, в Курске сгорел склад.", "ru", None),
    # a relative clause still speaks of the drones
    ("Сили ППО збили 12 дронів, які летіли над Сумщиною.", "uk", "UA-59"),
])
def test_a_place_in_the_next_clause_is_not_the_counts(text, lang, region):
    got = claims_of(text, lang=lang)
    assert {c[7] for c in got} == {region}


def test_a_country_that_reports_downing_drones_is_their_target():
    got = claims_of("Росія заявила про 60 збитих дронів.", lang="uk")
    assert got == {air("UA", "RU", "drone", "defeated", 60, "2025-06-12")}


def test_a_headline_typed_figure_does_not_hide_the_bodys_untyped_one():
    text = ("Над Харківщиною збили три з чотирьох «шахедів»: один влучив у склад\n\n"
            "Уночі росіяни атакували Харківщину чотирма безпілотниками. Сили ППО збили три з них.\n\n"
            "Один безпілотник влучив у склад у Чугуєві.")
    got = claims_of(text, lang="uk")
    assert air("RU", "UA", "drone", "hit", 1, "2025-06-12", "UA-63") in got


@pytest.mark.parametrize("text, lang", [
    ("Russia also fired a Kalibr cruise missile at Odesa; it was shot down by air defences.", "en"),
    ("Також ворог випустив по Одещині ракету «Калібр» – її знешкодили засоби ППО.", "uk"),
    ("Также противник выпустил по Одессе ракету «Калибр», её сбили средства ПВО.", "ru"),
])
def test_a_pronoun_for_the_one_weapon_just_named_gives_its_fate(text, lang):
    got = claims_of(text, lang=lang)
    assert got == {air("RU", "UA", "missile", "launched", 1, "2025-06-12", "UA-51"),
                   air("RU", "UA", "missile", "defeated", 1, "2025-06-12", "UA-51")}


def test_a_pronoun_that_owns_something_is_no_weapon():
    got = claims_of("A drone struck a warehouse in Kharkiv. It was the third attack this week.")
    assert got == {air("RU", "UA", "drone", "hit", 1, "2025-06-12", "UA-63")}


@pytest.mark.parametrize("text, lang, sides", [
    # a town Russia holds is Russian-held ground: the drones over it are Ukraine's
    ("Над Макеевкой уничтожены три беспилотника самолётного типа.", "ru", ("UA", "RU")),
    ("Three drones were shot down over occupied Melitopol overnight.", "en", ("UA", "RU")),
    # a town of the same oblast that Ukraine holds stays a Ukrainian target
    ("Над Краматорском збито три дрони.", "uk", ("RU", "UA")),
])
def test_russian_held_towns_make_russian_held_ground(text, lang, sides):
    got = claims_of(text, lang=lang)
    assert {(c[1], c[2]) for c in got} == {sides} and {c[7] for c in got} != {None}


def test_a_place_before_a_contrasting_clause_is_not_the_next_counts():
    got = claims_of("Над Белгородской областью сбито 20 беспилотников, а всего за ночь уничтожено 90 украинских "
                    "беспилотников.", lang="ru")
    assert got == {air("UA", "RU", "drone", "defeated", 20, "2025-06-12", "RU-BEL"),
                   air("UA", "RU", "drone", "defeated", 90, "2025-06-12")}


def test_a_new_paragraphs_later_report_day_dates_its_single_drone():
    text = ("Earlier, the ministry said that on June 10 air defences had shot down 12 drones over the Bryansk region.\n\n"
            "The Kursk region governor said on Thursday morning that a Ukrainian drone attacked a car in Rylsk.")
    got = claims_of(text)
    assert air("UA", "RU", "drone", "launched", 1, "2025-06-12", "RU-KRS") in got


def test_an_age_aside_does_not_cut_a_count_from_its_verb():
    got = claims_of("A glide bomb hit a factory in Shostka. Two workers, aged 41 and 58, were injured.")
    assert cas("injured", 2, "2025-06-12", "UA-59") in got


def test_a_weapon_phrase_takes_the_case_its_words_agree_in():
    # "управляемой" alone reads first as a genitive; with "авиабомбой" the phrase is instrumental
    got = claims_of("Вечером россияне ударили по Харькову управляемой авиабомбой.", lang="ru")
    assert got == {air("RU", "UA", "guided_bomb", "launched", 1, "2025-06-12", "UA-63")}


def test_a_community_named_after_a_village_shares_its_namesakes():
    # "Семенівка" is a village in several oblasts; the report's own oblast chooses, for the
    # community ("громада") as for the village
    text = ("Обстановка на Чернігівщині за добу.\n\n"
            "Окупанти скинули на Семенівську громаду дві керовані авіабомби.\n\n"
            "Увечері в Семенівці дрон поранив жінку.")
    got = claims_of(text, lang="uk")
    assert {c[-1] for c in got} == {"UA-74"}


def test_a_weekday_after_from_and_a_time_is_where_the_night_began():
    got = claims_of("On the night of 11 June (from 18:00 on Tuesday), Russia attacked with 88 drones.")
    assert got == {air("RU", "UA", "drone", "launched", 88, "2025-06-11")}


def test_hundreds_joined_by_and_to_a_hyphenated_number_word():
    got = claims_of("Russia sent two hundred and sixty-four drones overnight; one hundred and eight were shot down.")
    assert air("RU", "UA", "drone", "launched", 264, "2025-06-12") in got
    assert air("RU", "UA", "drone", "defeated", 108, "2025-06-12") in got


@pytest.mark.parametrize("text, metric", [
    ("Russia fired six missiles overnight. Five of the six missiles were intercepted.", "defeated"),
    ("Russia fired six missiles overnight. Five of the six missiles fired at the city were destroyed.", "defeated"),
    ("Air defence reported the interception of five missiles launched from bombers.", "defeated"),
])
def test_the_verb_of_a_partitive_or_a_nominal_count(text, metric):
    got = claims_of(text)
    assert air("RU", "UA", "missile", metric, 5, "2025-06-12") in got


def test_a_dateline_with_a_dash_is_not_the_place_of_the_figures():
    got = claims_of("ODESSA — Russia launched some 90 drones at Ukraine overnight, the air force said.")
    assert got == {air("RU", "UA", "drone", "launched", 90, "2025-06-12")}


def test_a_toll_that_rose_days_later_keeps_the_day_of_the_attack():
    text = ("On the night of 8 June, Russian drones hit a dormitory in Kharkiv.\n\n"
            "By Tuesday the toll had reached four. On Wednesday a man died in hospital, bringing the number "
            "of deaths to five.")
    got = claims_of(text, published="2025-06-12")
    assert cas("killed", 5, "2025-06-08", "UA-63") in got
    assert not {c for c in got if c[0] == "casualties" and c[3] != "2025-06-08"}


def test_one_weapon_described_inside_the_total_it_belongs_to():
    got = claims_of("Both missiles struck the port of Izmail, one of them hitting a grain terminal.")
    assert {c[5] for c in got} == {"2"}  # hit 2, and the launched 2 "both" implies
    got = claims_of("Обидві ракети влучили в порт: одна – у причал, друга – у склад.", lang="uk")
    assert {c[5] for c in got} == {"2"}


def test_the_headline_is_found_below_a_site_name_and_a_menu():
    text = ("KHARKIV TODAY\nNews · City · Sport    ☀ +14°C\n\n"
            "Five dead after strike on Kharkiv, officials say\n"
            "12 June 2025, 10:05\n\n"
            "A Russian glide bomb killed five people in Kharkiv on Wednesday evening, the regional governor said.")
    got = claims_of(text)
    assert [c for c in got if c[0] == "casualties"] == [cas("killed", 5, "2025-06-11", "UA-63")]


def test_a_post_headed_by_the_defence_ministry_speaks_for_russia():
    text = ("Минобороны России | Telegram\n\n"
            "Средствами ПВО за минувшие сутки сбиты три управляемые авиабомбы и 40 беспилотников самолётного типа.")
    got = claims_of(text, lang="ru")
    assert got == {air("UA", "RU", "guided_bomb", "defeated", 3, "2025-06-12"),
                   air("UA", "RU", "drone", "defeated", 40, "2025-06-12")}


def test_a_number_after_a_numero_sign_is_a_house():
    got = claims_of("Беспилотник тогда попал в дом № 14 на улице Мира в Курске.", lang="ru")
    assert got == {air("UA", "RU", "drone", "hit", 1, "2025-06-12", "RU-KRS")}


@pytest.mark.parametrize("text, lang, count", [
    ("В Киеве число пострадавших возросло до 19, девятеро госпитализированы.", "ru", 19),
    ("У Сумах поранення дістали 43 людини, дев'ятеро з них досі перебувають у лікарнях.", "uk", 43),
])
def test_people_in_hospital_after_a_total_are_no_new_figure(text, lang, count):
    got = claims_of(text, lang=lang)
    assert [c[2] for c in got if c[0] == "casualties"] == [str(count)]


def test_a_defence_ministry_reporting_downed_drones_counts_them_against_its_side():
    got = claims_of("Дрони атакували прикордонні області РФ: у Міноборони Росії заявляють про 64 збиті БпЛА", lang="uk")
    assert got == {air("UA", "RU", "drone", "defeated", 64, "2025-06-12")}


@pytest.mark.parametrize("text, lang", [
    ("За даними ООН, із лютого 2022 року в Україні загинули понад 13 000 цивільних.", "uk"),
    ("Це одна з наймасованіших атак з початку року: загалом у травні Міноборони РФ заявило про понад 900 збитих дронів.",
     "uk"),
])
def test_running_totals_since_a_month_or_over_a_month_are_no_claims(text, lang):
    assert claims_of(text, lang=lang) == set()


def test_where_missiles_were_launched_from_is_not_where_they_struck():
    got = claims_of("Russia attacked the Mykolaiv region with three Kalibr missiles launched from a ship in the Black Sea "
                    "and 20 drones.")
    assert {c[-1] for c in got} == {"UA-48"}


def test_a_launch_participle_after_a_noun_does_not_govern_the_next_count():
    got = claims_of("Air defences over the Kursk region shot down six rockets fired from launchers and two drones.")
    assert air("UA", "RU", "drone", "defeated", 2, "2025-06-12", "RU-KRS") in got


def test_a_rising_toll_sentence_updates_both_outcomes():
    text = ("15:40\nThe death toll in Dnipro has risen to four, and 30 people have been injured, the governor says.\n\n"
            "09:10\nTwo people were killed and 22 injured in Dnipro, the governor says.")
    got = claims_of(text)
    assert {c for c in got if c[0] == "casualties"} == {cas("killed", 4, "2025-06-12", "UA-12"),
                                                       cas("injured", 30, "2025-06-12", "UA-12")}


@pytest.mark.parametrize("text, lang, region", [
    ("Уночі Київщина була під атакою.\n\nУ столиці сили ППО знищили 12 дронів.", "uk", "UA-30"),
    ("Мэр Москвы сообщил, что сбиты ещё три беспилотника, летевших на столицу.", "ru", None),
])
def test_the_capital_is_a_place_of_its_own(text, lang, region):
    got = claims_of(text, lang=lang)
    assert {c[-1] for c in got if c[0] == "air_attack"} == {region}


def test_decoys_named_as_a_hyphenated_compound():
    got = claims_of("✅ 41 ворожий БпЛА-імітатор локаційно втрачено.", lang="uk")
    assert got == {air("RU", "UA", "drone", "lost", 41, "2025-06-12")}


def test_a_corrected_figure_replaces_the_first_with_its_children():
    text = ("Поранено шістьох, з них двоє дітей.\n\n"
            "UPD: Кількість поранених також уточнено – восьмеро, серед них троє дітей.")
    got = claims_of(text, lang="uk")
    assert {c[2] for c in got} == {"8", "3"}


def test_what_was_said_in_the_morning_is_superseded():
    text = "Утром сообщалось о гибели одного человека. Днём стало известно, что погибли двое."
    assert {c[2] for c in claims_of(text, lang="ru")} == {"2"}


def test_a_list_of_ages_is_no_count():
    got = claims_of("В Херсоне ранены пятеро, среди них двое детей 6 и 11 лет.", lang="ru")
    assert {c[2] for c in got} == {"5", "2"}


def test_a_count_over_several_regions_has_no_region():
    got = claims_of("В Москве заявили, что ПВО сбила 37 украинских беспилотников над шестью регионами.", lang="ru")
    assert got == {air("UA", "RU", "drone", "defeated", 37, "2025-06-12")}


def test_a_participle_after_a_comma_gives_the_metric():
    got = claims_of("Мэр Москвы сообщил о 14 беспилотниках, сбитых на подлёте к городу.", lang="ru")
    assert {c[4] for c in got} == {"defeated"}


def test_a_republics_head_speaks_of_his_republic():
    got = claims_of("Нефтезавод был атакован тремя беспилотниками, сообщил глава Татарстана.", lang="ru")
    assert got == {air("UA", "RU", "drone", "launched", 3, "2025-06-12", "RU-TA")}


def test_a_teenager_named_by_age_alone_is_a_child():
    got = claims_of("In total, two people were injured in the Lipetsk region, including a 17-year-old.")
    assert cas("injured", 1, "2025-06-12", "RU-LIP") in got and cas("injured", 2, "2025-06-12", "RU-LIP") in got


@pytest.mark.parametrize("text, lang", [
    ("Ночью ВСУ атаковали Брянскую область 17 беспилотниками; все они уничтожены.", "ru"),
    ("Вночі ворог атакував Сумщину 17 дронами, всі вони збиті.", "uk"),
])
def test_all_of_them_destroyed_repeats_the_count_as_defeated(text, lang):
    assert {(c[4], c[5]) for c in claims_of(text, lang=lang)} == {("launched", "17"), ("defeated", "17")}


def test_a_digest_section_headed_by_a_region_is_on_the_reports_day():
    text = ("Брянская область. Накануне вечером, 10 июня, в Клинцах дрон атаковал автомобиль. "
            "Днём 10 июня по селу выпустили шесть реактивных снарядов.\n\n"
            "Липецкая область. Над Ельцом сбит один беспилотник.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "drone", "defeated", 1, "2025-06-12", "RU-LIP") in got


def test_a_region_named_with_a_country_area_is_no_one_region():
    got = claims_of("Дрони атакували Підмосков'я та прикордонні області РФ: у Міноборони Росії заявляють про 90 збитих БпЛА",
                    lang="uk")
    assert got == {air("UA", "RU", "drone", "defeated", 90, "2025-06-12")}


def test_the_following_night_is_the_day_after_the_storys():
    text = ("В ночь на 1 июня над Курской областью были уничтожены 26 беспилотников.\n\n"
            "Следующей ночью над Курском сбили ещё два беспилотника.")
    got = claims_of(text, lang="ru", published="2025-06-03")
    assert air("UA", "RU", "drone", "defeated", 2, "2025-06-02", "RU-KRS") in got


def test_the_city_centre_refers_to_the_city_named_before():
    text = ("Кількість загиблих унаслідок удару по Сумах зросла до дев'яти.\n\n"
            "Нагадаємо, у неділю росіяни вдарили по центру міста двома балістичними ракетами.")
    got = claims_of(text, lang="uk")
    assert {c[-1] for c in got if c[0] == "air_attack"} == {"UA-59"}


def test_target_after_a_weapon_noun_is_a_verb():
    got = claims_of("Ukrainian drones target Ryazan refinery as Russia reports 58 downed")
    assert got == {air("UA", "RU", "drone", "defeated", 58, "2025-06-12")}


def test_the_side_of_a_source_is_who_counted_not_who_attacked():
    text = "Самой массированной стала атака в ночь на 12 июля: тогда, по данным украинских военных, было запущено 597 дронов."
    assert claims_of(text, lang="ru", published="2025-08-05") == {air("RU", "UA", "drone", "launched", 597, "2025-07-12")}


def test_a_system_name_decides_the_class_of_a_generic_head():
    got = claims_of("Украинские боевики выпустили по Донецку три ракеты HIMARS. Две из них сбиты.", lang="ru")
    assert {c[3] for c in got} == {"rocket"}


def test_an_adverb_between_a_partitive_and_its_verb():
    got = claims_of("Россияне запустили семь Х-101. Шесть из семи Х-101 удалось сбить.", lang="ru")
    assert air("RU", "UA", "missile", "defeated", 6, "2025-06-12") in got


def test_shells_are_rockets_only_after_rockets():
    assert claims_of("За сутки ВСУ выпустили по населённым пунктам Херсонской области 73 снаряда.", lang="ru") == set()
    got = claims_of("ВСУ выпустили по Курску четыре реактивных снаряда HIMARS. Один снаряд попал в котельную.", lang="ru")
    assert air("UA", "RU", "rocket", "hit", 1, "2025-06-12", "RU-KRS") in got


def test_half_a_hundred_in_two_words():
    got = claims_of("Росія випустила понад пів сотні ракет.", lang="uk")
    assert got == {air("RU", "UA", "missile", "launched", 50, "2025-06-12")}


@pytest.mark.parametrize("text, lang", [
    ("Обидві балістичні ракети збити не вдалося.", "uk"),
    ("Ракету сбить не удалось.", "ru"),
])
def test_a_denied_defeat_is_no_figure(text, lang):
    assert {c[4] for c in claims_of(text, lang=lang)} <= {"launched"}


def test_a_telegram_channel_named_after_its_region_speaks_of_it():
    text = ("Vyacheslav Gladkov | Belgorod Region\n22 July 2024 · 21:15\n\n"
            "Summary of the day. The enemy launched 41 drones, 26 of which were shot down.")
    got = claims_of(text, published="2024-07-22", source="telegram")
    assert {c[-1] for c in got} == {"RU-BEL"}


def test_a_handful_of_drones_is_no_count_and_the_previous_night_is_the_day_before():
    text = "A handful of drones reached the outskirts. The previous night, Russia's defence ministry had claimed 41 drones downed."
    assert claims_of(text, published="2025-12-19") == {air("UA", "RU", "drone", "defeated", 41, "2025-12-18")}


def test_a_side_that_speaks_yields_to_the_side_that_acts():
    got = claims_of("The Ukrainian military said Russian aircraft had dropped 83 guided bombs along the front.")
    assert got == {air("RU", "UA", "guided_bomb", "launched", 83, "2025-06-12")}
    got = claims_of("A Ukrainian security source said more than 100 drones had been used against Russian refineries.")
    assert {(c[1], c[2]) for c in got} == {("UA", "RU")}


def test_an_agency_dateline_in_brackets_is_not_the_place():
    got = claims_of("Moscow (AFP) – Five ATACMS were fired at an air defence battery in the Kursk region on Saturday.",
                    published="2024-11-26")
    assert {c[-1] for c in got} == {"RU-KRS"}


def test_a_launch_site_is_not_the_region_the_next_sentence_means():
    text = ("During the night, the enemy attacked Chernihiv region with 24 Shahed drones and a ballistic missile "
            "launched from the territory of Kursk region.\n\nAir defence forces shot down 17 drones over the region.")
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 17, "2025-06-12", "UA-74") in got


def test_a_governors_post_keeps_its_villages_and_their_single_drones():
    text = ("Вячеслав Гладков\n14.09.2025 · 20:10\n\n"
            "Грайворонский округ. Село Замостье в течение дня атаковали шестью FPV-дронами.\n\n"
            "Краснояружский округ. В посёлке Красная Яруга дрон атаковал территорию у стадиона.")
    got = claims_of(text, lang="ru", published="2025-09-14", source="telegram")
    assert air("UA", "RU", "drone", "launched", 1, "2025-09-14", "RU-BEL") in got
    assert air("UA", "RU", "drone", "launched", 6, "2025-09-14", "RU-BEL") in got


@pytest.mark.parametrize("text, lang, region", [
    ("Окремо в російському відомстві заявили, що над півостровом збили ракету «Нептун».", "uk", "UA-43"),
    ("Ночью над полуостровом уничтожены 17 беспилотников.", "ru", "UA-43"),
    ("Повітряні сили: дві ракети Х-31П збито над морем.", "uk", None),
])
def test_the_peninsula_is_crimea_and_the_sea_is_no_region(text, lang, region):
    assert {c[-1] for c in claims_of(text, lang=lang)} == {region}


def test_a_mayor_appointed_by_russia_speaks_for_russian_held_ground():
    text = ("Окупаційна влада Донецька повідомила про обстріл.\n\n"
            "Призначений Росією «мер» написав, що по місту випустили чотири ракети HIMARS.")
    got = claims_of(text, lang="uk")
    assert got == {air("UA", "RU", "rocket", "launched", 4, "2025-06-12", "UA-14")}


def test_a_hit_after_a_single_weapon_is_its_hit():
    got = claims_of("Окупанти вдарили по Кривому Рогу балістичною ракетою. Влучання в об'єкт інфраструктури.", lang="uk")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-12") in got


def test_a_nationality_between_a_number_and_a_type():
    got = claims_of("Росія запустила щонайменше три північнокорейські КН-23.", lang="uk")
    assert got == {air("RU", "UA", "missile", "launched", 3, "2025-06-12")}


def test_modifiers_between_a_noun_and_its_verb_in_english():
    got = claims_of("In the afternoon, three rockets of a multiple rocket launcher were shot down over Belgorod.")
    assert got == {air("UA", "RU", "rocket", "defeated", 3, "2025-06-12", "RU-BEL")}


def test_since_a_date_is_not_the_attacks_day():
    got = claims_of("Russia struck the grid for the fifth time since March 22. A missile hit a power plant in the Lviv "
                    "region.", published="2024-05-08")
    assert {c[6] for c in got} == {"2024-05-08"}


def test_a_weapon_owner_in_the_genitive_gives_the_side_and_lets_the_verb_through():
    got = claims_of("Губернатор написал, что около полутора десятков дронов ВСУ были сбиты над Курском.", lang="ru")
    assert got == {air("UA", "RU", "drone", "defeated", 15, "2025-06-12", "RU-KRS")}


def test_bombers_flying_from_a_region_do_not_place_the_missiles():
    got = claims_of("Россияне запустили семь крылатых Х-101 с бомбардировщиков Ту-95МС из Саратовской области.", lang="ru")
    assert got == {air("RU", "UA", "missile", "launched", 7, "2025-06-12")}


def test_an_initial_weapon_figure_is_replaced_by_the_revised_one():
    text = ("Первоначально Воздушные силы сообщали о 71 сбитом беспилотнике.\n\n"
            "В 11:40 данные уточнили: сбиты 74 вражеских дрона.")
    assert {c[5] for c in claims_of(text, lang="ru")} == {"74"}


def test_a_city_district_of_donetsk_names_no_region_of_its_own():
    text = ("Донецк. В травматологии скончался мужчина, пострадавший при атаке дрона на маршрутку в Петровском районе.")
    got = claims_of(text, lang="ru")
    assert {c[-1] for c in got} == {"UA-14"}


def test_a_launch_participle_after_a_comma_does_not_override_the_verb_before():
    got = claims_of("Над акваторией Азовского моря сбиты две ракеты «Нептун», выпущенные в направлении Таганрога.", lang="ru")
    assert {c[4] for c in got} == {"defeated"}


def test_launch_areas_do_not_make_a_ukrainian_story_russian():
    text = ("Воздушные силы ВСУ отчитались о ночной атаке: россияне запустили семь Х-101 с бомбардировщиков Ту-95МС "
            "над Саратовской областью и две ракеты «Искандер-М» из Брянской области.\n\n"
            "В 11:40 данные уточнили: сбиты 74 вражеских дрона.")
    got = claims_of(text, lang="ru")
    assert air("RU", "UA", "drone", "defeated", 74, "2025-06-12") in got
    assert {c[-1] for c in got} == {None}


def test_a_toll_as_of_a_later_day_counts_the_attacks_dead():
    text = ("Нагадаємо, у неділю, 12 квітня, росіяни вдарили по Миколаєву двома ракетами.\n\n"
            "Першого дня влада повідомляла про дев'ятьох загиблих. Станом на ранок 14 квітня загиблих було 13. "
            "За уточненими даними на сьогодні, поранень зазнали 57 людей.")
    got = claims_of(text, lang="uk", published="2026-04-15")
    assert cas("injured", 57, "2026-04-12", "UA-48") in got
    assert {c[3] for c in got if c[0] == "casualties"} == {"2026-04-12"}


def test_shells_alone_and_weapons_named_as_kinds_are_no_figures():
    assert claims_of("The enemy fired 96 shells at border villages over the day.") == set()
    assert claims_of("What is a glide bomb? It is a Soviet-era free-fall bomb fitted with wings.") == set()


def test_a_toll_that_has_gone_up_replaces_the_mornings():
    text = ("16:52\nThe number of injured in Lutsk has also gone up, to 16.\n\n"
            "08:05\nThree people have been killed and 11 injured in Lutsk so far.")
    got = claims_of(text)
    assert {c[2] for c in got if c[1] == "injured"} == {"16"}


def test_a_look_back_to_an_earlier_day_ends_with_its_paragraph():
    text = ("Протягом минулої доби окупанти скинули на Харківщину 12 керованих авіабомб. "
            "Унаслідок обстрілів загинули двоє людей, ще одинадцятеро дістали поранень.\n\n"
            "Вдень 15 січня ракета влучила в територію підприємства в Харкові – поранення отримали шестеро працівників.\n\n"
            "У Золочеві поранено трьох людей.")
    got = claims_of(text, lang="uk", published="2025-01-16")
    assert cas("injured", 3, "2025-01-16", "UA-63") in got and cas("injured", 6, "2025-01-15", "UA-63") in got


def test_a_figure_set_apart_on_its_own_line_reads_with_the_line_after():
    text = ("THE WEEK IN NUMBERS\n\n93\nmissiles fired at Ukraine in Friday's attack. The air force said 81 of them "
            "were shot down.\n\n48,000+\nair raid alerts across Ukraine since February 2022.")
    got = claims_of(text, published="2024-12-14")
    assert air("RU", "UA", "missile", "launched", 93, "2024-12-13") in got
    assert air("RU", "UA", "missile", "defeated", 81, "2024-12-13") in got
    assert len(got) == 2


def test_a_surname_after_a_title_is_not_a_town():
    got = claims_of("In the Astrakhan region, Governor Igor Babushkin said a drone had hit a gas processing plant.")
    assert got == {air("UA", "RU", "drone", "hit", 1, "2025-06-12", "RU-AST")}


def test_a_toll_given_district_by_district():
    got = claims_of("By district: 11 people were killed in the Solomianskyi district of Kyiv, four in the Sviatoshynskyi "
                    "district and one in the Holosiivskyi district.")
    assert {c[2] for c in got} == {"11", "4", "1"}


def test_a_list_of_means_with_the_count_after_a_dash():
    text = ("Синєгубов ⚡️ Харківщина\n\nЗасоби ураження:\n💣 КАБ – 14 (Харків, Липці, Вовчанськ);\n"
            "🚀 ракети С-300 – 2;\n🔸 FPV-дрони – 23.")
    got = claims_of(text, lang="uk", source="telegram")
    assert air("RU", "UA", "guided_bomb", "launched", 14, "2025-06-12", "UA-63") in got
    assert air("RU", "UA", "missile", "launched", 2, "2025-06-12", "UA-63") in got
    assert air("RU", "UA", "drone", "launched", 23, "2025-06-12", "UA-63") in got


def test_section_headers_name_their_region_and_at_least_is_no_superlative():
    text = ("DONETSK REGION — Russian attacks killed at least three civilians and wounded nine over the past day, "
            "the governor said.\n\nThe UN says at least 14,000 civilians have been killed since the full-scale "
            "invasion began, most of them by explosive weapons.")
    got = claims_of(text)
    assert got == {cas("killed", 3, "2025-06-12", "UA-14"), cas("injured", 9, "2025-06-12", "UA-14")}


def test_an_official_page_headed_by_its_city_is_a_local_source():
    text = ("VINNYTSIA CITY COUNCIL\nHome · News · Contacts\n\n"
            "By location: 11 people were killed in the apartment building, four in the private sector.")
    got = claims_of(text, source="official")
    assert {c[-1] for c in got} == {"UA-05"}


def test_a_comma_list_of_means_keeps_each_class():
    got = claims_of("🔸 Краснопільська громада – 8 КАБів, FPV-дрони, міномет.", lang="uk")
    assert {c[3] for c in got} == {"guided_bomb"}


def test_from_a_region_in_a_ukrainian_report_is_a_launch_area_for_later_tolls():
    text = ("Повітряні сили: Дніпро атакували сімома ракетами – п'ятьма балістичними Іскандер-М/КН-23 з Курської "
            "області та двома Х-59/69.\n\nЛисак: кількість загиблих зросла до трьох.")
    got = claims_of(text, lang="uk")
    assert {c[-1] for c in got if c[0] == "casualties"} == {"UA-12"}


@pytest.mark.parametrize("text", [
    "За даними Генштабу, лише в березні Росія застосувала понад 4 000 керованих авіабомб.",
    "«За сім днів – понад 1 100 „шахедів“, майже тисяча КАБів і два десятки ракет», – заявив президент.",
])
def test_running_totals_over_a_month_or_a_week_in_ukrainian(text):
    assert claims_of(text, lang="uk") == set()


def test_drones_downed_over_russian_regions_came_from_ukraine():
    assert claims_of("Свыше полусотни дронов сбиты над российскими регионами.", lang="ru") == {
        air("UA", "RU", "drone", "defeated", 50, "2025-06-12")}


def test_a_governors_city_is_in_his_region_and_and_also_is_no_contrast():
    got = claims_of("Губернатор Рязанской области сообщил об отражении атаки пяти беспилотников — все они уничтожены "
                    "над Рязанью.", lang="ru")
    assert {c[-1] for c in got} == {"RU-RYA"}
    got = claims_of("Российская ПВО уничтожила над Белгородской областью два беспилотника, а также управляемую авиабомбу.",
                    lang="ru")
    assert {c[-1] for c in got} == {"RU-BEL"}


def test_a_village_after_a_settlement_word_in_a_governors_post_is_in_his_region():
    text = ("Вячеслав Гладков\n\nБелгородский район. В селе Головино при сбросе взрывного устройства с беспилотника "
            "ранены три человека.")
    got = claims_of(text, lang="ru", source="telegram")
    assert {c[-1] for c in got} == {"RU-BEL"}


def test_a_headline_place_in_the_clause_before_a_semicolon():
    got = claims_of("Ballistic missiles hit Uman, five killed; Russia sends 87 drones overnight")
    assert air("RU", "UA", "drone", "launched", 87, "2025-06-12") in got


def test_a_place_for_most_of_them_is_no_region_for_all():
    got = claims_of("The Defence Ministry in Moscow said its air defences downed 23 Ukrainian drones overnight, most of "
                    "them over the Kursk region.")
    assert got == {air("UA", "RU", "drone", "defeated", 23, "2025-06-12")}


def test_a_city_governor_speaks_of_his_region():
    got = claims_of("Kaluga Governor Vladislav Shapsha wrote on Telegram that eight drones had been shot down.")
    assert {c[-1] for c in got} == {"RU-KLU"}



def test_list_items_of_a_daily_report_return_to_the_reports_day():
    text = ("Оперативна ситуація на Харківщині станом на 08:00\n\nЗасоби ураження:\n💣 КАБ – 14;\n\n"
            "📍 м. Харків: вдень 18 жовтня ворог скинув 2 КАБ на Основ'янський район.\n"
            "📍 Богодухівський район: поранено 4 людей.")
    got = claims_of(text, lang="uk", published="2024-10-19")
    assert cas("injured", 4, "2024-10-19", "UA-63") in got



def test_a_city_header_further_on_names_its_section():
    text = ("Russia fired 40 drones at Ukraine overnight, the air force said.\n\nKharkiv was hit again.\n\n"
            "Odesa lost power.\n\nLviv was quiet.\n\nSumy reported damage.\n\nPower is back.\n\nTrains run.\n\n"
            "KHERSON — A 10-year-old boy was wounded when Russian artillery shelled a market.")
    got = claims_of(text)
    assert cas("injured", 1, "2025-06-12", "UA-65") in got


def test_a_photo_caption_does_not_set_the_storys_day():
    text = ("[Photo: Rescuers in Kremenchuk, Thursday, June 5, 2025.]\n\n"
            "The death toll from a Russian missile strike on Kremenchuk rose to nine on Thursday.")
    got = claims_of(text)
    assert {c[3] for c in got} == {"2025-06-12"}


def test_a_ukrainian_speaker_about_a_ukrainian_region_is_the_victim():
    got = claims_of("On 1 October, a drone struck a freight locomotive near Lozova in the Kharkiv region, Ukrainian "
                    "Railways said.")
    assert {(c[1], c[2]) for c in got if c[0] == "air_attack"} == {("RU", "UA")}


def test_a_single_drone_in_a_governors_story_about_one_region():
    text = ("Мужчина, раненный при атаке дрона на маршрутку в Белгороде, скончался, сообщил губернатор.\n\n"
            "Днём 3 марта FPV-дрон ВСУ атаковал маршрутку на улице Щорса.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "drone", "launched", 1, "2025-03-03", "RU-BEL") in got


def test_a_place_after_a_new_clause_is_not_the_counts():
    got = claims_of("Russia claims over 100 Ukrainian drones downed as Crimea comes under drone attack")
    assert got == {air("UA", "RU", "drone", "defeated", 100, "2025-06-12")}
    got = claims_of("The fleet destroyed five sea drones as they approached the port of Novorossiysk.")
    assert {c[-1] for c in got} == {"RU-KDA"}


def test_an_english_noun_aside_between_a_count_and_its_verb():
    got = claims_of("Russia launched nine missiles overnight; eight of the missiles, mostly Kalibr cruise missiles, "
                    "were intercepted.")
    assert air("RU", "UA", "missile", "defeated", 8, "2025-06-12") in got


def test_counts_in_brackets_after_regions_are_a_breakdown():
    got = claims_of("The ministry said 40 Ukrainian drones were destroyed overnight over the Tula (15), Kaluga (11) "
                    "and Oryol (4) regions.")
    assert got == {air("UA", "RU", "drone", "defeated", 40, "2025-06-12"),
                   air("UA", "RU", "drone", "defeated", 15, "2025-06-12", "RU-TUL"),
                   air("UA", "RU", "drone", "defeated", 11, "2025-06-12", "RU-KLU"),
                   air("UA", "RU", "drone", "defeated", 4, "2025-06-12", "RU-ORL")}
    got = claims_of("Міноборони РФ заявило про 31 збитий БпЛА: над Тульською (20) та Калузькою (11) областями.",
                    lang="uk")
    assert {(c[5], c[7]) for c in got} == {("31", None), ("20", "RU-TUL"), ("11", "RU-KLU")}


def test_a_bare_overnight_after_a_named_night_is_that_night():
    # written on a Thursday about the night into Tuesday
    text = ("Drones struck a depot in the Tula region on the night into Tuesday, the governor said.\n\n"
            "The defence ministry said 22 Ukrainian drones had been destroyed overnight.")
    assert {c[6] for c in claims_of(text)} == {"2025-06-10"}
    text = ("У ніч проти вівторка дрони атакували Тульську область.\n\n"
            "За даними міноборони РФ, за ніч збито 22 безпілотники.")
    assert {c[6] for c in claims_of(text, lang="uk")} == {"2025-06-10"}
    # "overnight and on Monday": two spans of time, the bare one is still the report's night
    text = ("Here is what happened overnight and on Tuesday.\n\n"
            "The defence ministry said 22 Ukrainian drones had been destroyed overnight.")
    assert {c[6] for c in claims_of(text)} == {"2025-06-12"}


def test_that_same_morning_is_the_day_the_story_is_on():
    text = ("У ніч на 9 червня росіяни атакували Харків 12 дронами.\n\n"
            "Міноборони РФ того ж ранку заявило про знищення 30 українських безпілотників.")
    got = claims_of(text, lang="uk")
    assert air("UA", "RU", "drone", "defeated", 30, "2025-06-09") in got


def test_a_toll_takes_the_day_of_the_attack_the_text_names_later():
    # published on a Thursday; the strike was on the Monday before
    text = ("By Wednesday the toll in Poltava had reached 12. Another 30 people were injured, the governor said.\n\n"
            "The strike came on Monday evening. Russia fired two ballistic missiles at Poltava, the air force said.")
    got = claims_of(text)
    assert cas("killed", 12, "2025-06-09", "UA-53") in got and cas("injured", 30, "2025-06-09", "UA-53") in got
    # a figure of people with an attack of its own keeps its day
    text = ("Russia fired two ballistic missiles at Poltava on Monday evening, the air force said.\n\n"
            "Shelling injured three people in Poltava overnight, the governor said.")
    assert cas("injured", 3, "2025-06-12", "UA-53") in claims_of(text)


def test_the_datelines_day_does_not_hide_the_storys_day():
    text = ("MELITOPOL, June 12 (Wire) - Drones struck occupied towns in the south on Tuesday, Russian-installed "
            "officials said.\n\n"
            "In Vasylivka, a drone hit a minibus, killing two passengers.")
    got = claims_of(text)
    assert cas("killed", 2, "2025-06-10", "UA-23") in got


def test_a_river_named_like_a_city_is_no_place():
    got = claims_of("In Kakhovka, on the left bank of the Dnipro river, a drone hit a shop, killing one man.")
    assert {c[-1] for c in got} == {"UA-65"}
    got = claims_of("У Херсоні біля річки Дніпро дрон влучив у автобус, загинула одна людина.", lang="uk")
    assert {c[-1] for c in got} == {"UA-65"}


def test_an_age_after_of_is_no_count():
    got = claims_of("A drone hit a car in Nikopol, killing a man of 54, the governor said.")
    assert cas("killed", 54, "2025-06-12", "UA-12") not in got and cas("killed", 1, "2025-06-12", "UA-12") in got


def test_how_badly_some_were_hurt_is_no_new_figure():
    got = claims_of("Five port workers were injured in Izmail, two of them seriously, the governor said.")
    assert {c[2] for c in got if c[0] == "casualties"} == {"5"}
    assert {c[2] for c in claims_of("Two people were seriously injured in Izmail.") if c[0] == "casualties"} == {"2"}


def test_a_count_of_attacks_is_no_count_of_weapons():
    text = ("Russia launched 40 Shahed drones at the Sumy region overnight.\n\n"
            "Over the past day, Russian forces carried out 96 attacks on 21 settlements, the administration said.")
    got = claims_of(text)
    assert {c[5] for c in got} == {"40"}


def test_overnight_is_the_night_before_the_day_it_was_said():
    # in Thursday's paper
    got = claims_of("Russia's defence ministry said on Wednesday that it had destroyed 30 Ukrainian drones overnight.")
    assert got == {air("UA", "RU", "drone", "defeated", 30, "2025-06-11")}
    got = claims_of("Russia's defence ministry said it had destroyed 30 Ukrainian drones overnight.")
    assert got == {air("UA", "RU", "drone", "defeated", 30, "2025-06-12")}


def test_a_months_total_is_no_claim():
    got = claims_of("Нагадаємо: лише за травень по Харкову прилетіло 14 ракет.", lang="uk")
    assert got == set()
    got = claims_of("Всего за апрель по Белгороду выпущено 310 снарядов и 40 дронов.", lang="ru")
    assert got == set()


def test_a_count_before_a_weapon_is_no_count_of_people():
    got = claims_of("У Слов'янську через удар трьома КАБ поранено шістьох людей.", lang="uk")
    assert cas("injured", 6, "2025-06-12", "UA-14") in got and cas("injured", 3, "2025-06-12", "UA-14") not in got
    assert air("RU", "UA", "guided_bomb", "launched", 3, "2025-06-12", "UA-14") in got


def test_a_weekdays_morning_is_that_day():
    got = claims_of("В прошлое воскресенье утром губернатор сообщил, что над Курской областью сбиты два беспилотника.",
                    lang="ru")
    assert got == {air("UA", "RU", "drone", "defeated", 2, "2025-06-08", "RU-KRS")}


def test_of_the_drones_takes_the_sides_of_the_figure_just_before():
    text = ("Ukrainian drones struck a refinery in the Ryazan region overnight, Russian officials said.\n\n"
            "Russia, for its part, launched 70 drones and three missiles at Ukraine, Ukraine's air force said. "
            "Fifty of the drones were shot down.")
    assert air("RU", "UA", "drone", "defeated", 50, "2025-06-12") in claims_of(text)


def test_a_window_from_the_evening_to_the_morning_is_that_nights_day():
    got = claims_of("Between 23:00 on 10 June and 06:00 Moscow time, air defences destroyed 25 Ukrainian drones, "
                    "the defence ministry said.")
    assert {c[6] for c in got} == {"2025-06-11"}
    got = claims_of("С 20.00 до 23.00 мск 10 июня над Брянской областью уничтожены пять украинских БПЛА.", lang="ru")
    assert {c[6] for c in got} == {"2025-06-10"}


def test_attacked_the_region_is_the_region_named_before():
    text = ("Росіяни знову вдарили по Миколаєву.\n\n"
            "У ніч на 12 червня ворог атакував область 20 ударними БпЛА. Сили ППО знищили 15 із них.")
    got = claims_of(text, lang="uk")
    assert {c[-1] for c in got} == {"UA-48"}


def test_a_paragraphs_town_carries_through_a_sentence_with_no_place():
    text = ("Новости Херсонщины | Telegram\n\n"
            "📍 Энергодар. Глава города: днём ВСУ снова атаковали город. Дрон попал в автобус. "
            "Ранены пять человек.")
    got = claims_of(text, lang="ru", source="telegram")
    assert cas("injured", 5, "2025-06-12", "UA-23") in got
    assert air("UA", "RU", "drone", "hit", 1, "2025-06-12", "UA-23") in got


def test_a_village_the_gazetteer_lacks_lies_in_the_region_named():
    text = ("Украинские войска атаковали объекты в Брянской области, сообщили в Минобороны.\n\n"
            "По данным ведомства, по позициям у населённого пункта Ключищево было выпущено четыре ракеты.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "missile", "launched", 4, "2025-06-12", "RU-BRY") in got


def test_a_village_in_a_local_post_lies_in_the_home_region():
    text = ("Сумська ОВА | Офіційно\n\n"
            "📍 Охтирська громада: вранці в с. Липці внаслідок атаки FPV-дрона поранено чоловіка.")
    got = claims_of(text, lang="uk", source="telegram")
    assert {c[-1] for c in got if c[0] == "casualties"} == {"UA-59"}


def test_a_person_with_an_age_in_commas_and_an_earlier_report():
    text = ("Update on the attack on Valuyki.\n\n"
            "Earlier I reported three wounded. According to the doctors, four people were injured. "
            "Another man, 58, was killed.")
    got = claims_of(text, source="telegram")
    assert {(c[1], c[2]) for c in got if c[0] == "casualties"} == {("injured", "4"), ("killed", "1")}


def test_both_of_them_are_where_the_weapons_named_before_them_were():
    got = claims_of("По Брянской области были выпущены две ракеты ATACMS; в ведомстве заявили, что ПВО сбила обе.",
                    lang="ru")
    assert air("UA", "RU", "missile", "defeated", 2, "2025-06-12", "RU-BRY") in got


def test_a_figure_taken_back_gives_way_to_its_correction():
    text = ("Ночью беспилотники атаковали Воронежскую область, сообщил губернатор. Уничтожено 9 БПЛА.\n\n"
            "Обновлено. Губернатор уточнил, что уничтожены не 9, а 11 беспилотников.")
    got = claims_of(text, lang="ru")
    assert {c[5] for c in got} == {"11"} and {c[-1] for c in got} == {"RU-VOR"}
    text = "У Харкові поранено 5 людей.\n\nУточнення: поранено не 5, а 7 людей."
    assert {c[2] for c in claims_of(text, lang="uk")} == {"7"}


def test_a_digests_sections_keep_their_own_days():
    text = ("Week in review\n\n"
            "Tuesday, June 10. Russia fired 30 drones at Zaporizhzhia overnight.\n\n"
            "Wednesday, June 11. Guided bombs hit Zaporizhzhia. Three people were killed.")
    assert cas("killed", 3, "2025-06-11", "UA-23") in claims_of(text)


def test_a_regional_official_speaks_of_his_region_before_the_last_place_named():
    text = ("Губернатор Саратовської області повідомив, що уламки впали на територію заводу в Саратові. "
            "За його словами, постраждалих немає. Губернатор Волгоградської області повідомив про влучання "
            "двох безпілотників у НПЗ.")
    got = claims_of(text, lang="uk")
    assert air("UA", "RU", "drone", "hit", 2, "2025-06-12", "RU-VGG") in got


def test_a_person_named_with_a_determiner_and_an_age():
    got = claims_of("A drone hit a car near Bilopillia, killing the driver and wounding his 12-year-old daughter.")
    assert cas("killed", 1, "2025-06-12", "UA-59") in got and cas("injured", 1, "2025-06-12", "UA-59") in got


def test_an_evenings_attack_named_as_its_owner_is_that_day():
    # in Thursday's paper
    got = claims_of("The death toll from Tuesday evening's strike on Kharkiv has risen to four, the mayor said.")
    assert cas("killed", 4, "2025-06-10", "UA-63") in got


def test_allegedly_and_an_air_defence_named_after_its_verb():
    got = claims_of("По місту випустили шість ракет, п'ять із яких нібито збила російська ППО.", lang="uk")
    assert {(c[4], c[5]) for c in got} == {("launched", "6"), ("defeated", "5")}
    got = claims_of("Ещё 15 дронов якобы сбили над Краснодарским краем.", lang="ru")
    assert {(c[4], c[5]) for c in got} == {("defeated", "15")}


def test_a_place_word_in_a_closed_clause_is_not_the_counts():
    text = "Kharkiv was hit again on Monday.\n\nOn Tuesday night, as the city mourned, Russia launched 30 drones at Ukraine."
    assert air("RU", "UA", "drone", "launched", 30, "2025-06-11") in claims_of(text)


def test_people_of_a_relative_clause_are_not_the_count_before_it():
    text = ("Twelve people were injured in Odesa. Two missiles hit the port. "
            "One of them struck a car park where drivers were waiting.")
    got = claims_of(text)
    assert {c[2] for c in got if c[0] == "casualties"} == {"12"}


def test_places_of_the_next_clause_are_not_the_tolls():
    got = claims_of("Death toll from drone strike on Sumy rises to 6 as attacks hit Kherson and Donetsk region")
    assert {c[-1] for c in got if c[0] == "casualties"} == {"UA-59"}


def test_two_people_named_then_both():
    got = claims_of("В Клинцах FPV-дрон атаковал машину скорой помощи: ранены фельдшер и водитель, оба госпитализированы.",
                    lang="ru")
    assert {c[2] for c in got if c[0] == "casualties"} == {"2"}


def test_a_death_in_hospital_elsewhere_counts_where_the_strike_was():
    got = claims_of("У лікарні Дніпра помер чоловік, якого після удару по Краматорську евакуювали в тяжкому стані.",
                    lang="uk")
    assert {c[-1] for c in got} == {"UA-14"}


def test_a_village_listed_with_home_villages_in_a_local_post():
    text = ("Zaporizhzhia Regional Military Administration\n\n"
            "Russian forces dropped 20 guided aerial bombs on Huliaipole, Stepnohirsk and Novoandriivka.")
    got = claims_of(text, source="official")
    assert {c[-1] for c in got} == {"UA-23"}


def test_a_count_whose_verb_follows_an_aside_keeps_the_place_after_it():
    got = claims_of("Ще 11 дронів, за твердженням відомства, збили над Кримом.", lang="uk")
    assert air("UA", "RU", "drone", "defeated", 11, "2025-06-12", "UA-43") in got


def test_a_negation_in_the_next_clause_denies_only_its_own_figure():
    got = claims_of("Сили ППО знищили 17 дронів, ракети збити не вдалося.", lang="uk")
    assert air("RU", "UA", "drone", "defeated", 17, "2025-06-12") in got


def test_a_headlines_figure_with_no_day_is_the_storys():
    text = ("Glide bombs hit Sumy border villages; four killed\n\n"
            "On Tuesday, Russian aircraft dropped 12 guided bombs on villages of the Sumy region. "
            "Two men were killed in Bilopillia and a couple died in Vorozhba.")
    got = claims_of(text)  # published on Thursday
    assert cas("killed", 4, "2025-06-10", "UA-59") in got


def test_a_district_many_cities_have_is_in_the_city_the_text_is_on():
    text = ("Число погибших при ударе по рынку Горловки выросло до трёх.\n\n"
            "По его словам, около 11:20 ВСУ атаковали рынок в Никитовском районе двумя дронами.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "drone", "launched", 2, "2025-06-12", "UA-14") in got


def test_a_namesake_listed_beside_a_town_of_one_of_its_regions():
    text = ("Над Курской областью сбиты пять беспилотников.\n\n"
            "Губернатор: над Балаклавой и Любимовкой сбиты девять воздушных целей.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "any", "defeated", 9, "2025-06-12", "UA-40") in got


def test_a_place_after_a_target_preposition_is_no_origin():
    got = claims_of("Россияне выпустили 7 реактивных снарядов из РСЗО по Орехову.", lang="ru")
    assert air("RU", "UA", "rocket", "launched", 7, "2025-06-12", "UA-23") in got


def test_an_occupied_towns_own_officials_call_ukraine_the_enemy():
    text = ("Иван Приходько | Глава Горловки\n\n"
            "▪️ Днём над Калининским районом подразделениями РЭБ подавлены три вражеских БПЛА.")
    got = claims_of(text, lang="ru", source="official")
    assert {(c[1], c[2]) for c in got} == {("UA", "RU")}


def test_a_cost_price_is_no_attack():
    assert claims_of("Собівартість одного «шахеда» експерти оцінюють у 35–50 тисяч доларів.", lang="uk") == set()
    assert claims_of("Себестоимость одного «шахеда» оценивают в 35 тысяч долларов.", lang="ru") == set()


def test_a_place_of_the_next_clause_leaves_the_count_with_the_paragraphs_place():
    text = ("Напередодні ввечері ворог атакував Запорізький район ударними дронами. "
            "Сили ППО збили три «шахеди», ще один влучив у будівлю сільради в Кушугумі.")
    got = claims_of(text, lang="uk")
    assert air("RU", "UA", "drone", "defeated", 3, "2025-06-11", "UA-23") in got


def test_a_counted_child_and_one_named_after_it_are_two():
    got = claims_of("Four more people were injured in Mykolaiv, among them a 9-year-old girl and her 13-year-old brother.")
    assert cas("injured", 2, "2025-06-12", "UA-48") in got and cas("injured", 4, "2025-06-12", "UA-48") in got


def test_a_toll_confirmed_earlier_is_superseded():
    text = ("The death toll from Wednesday's strike on Poltava rose to nine on Saturday.\n\n"
            "Officials had confirmed six dead by Thursday morning.")
    assert {c[2] for c in claims_of(text)} == {"9"}


def test_the_side_of_the_dead_is_no_attacker():
    text = ("Russia launched 250 drones at Ukraine overnight. Air defences downed 211 targets, "
            "and a Ukrainian F-16 pilot was killed while repelling the raid, the air force said.")
    got = claims_of(text)
    assert air("RU", "UA", "any", "defeated", 211, "2025-06-12") in got
    assert cas("killed", 1, "2025-06-12") in got


def test_a_claimant_after_a_clause_of_its_own_speaks_for_its_side():
    got = claims_of("Россия ночью ударила по Кривому Рогу, Минобороны РФ заявило о 29 сбитых дронах", lang="ru")
    assert air("UA", "RU", "drone", "defeated", 29, "2025-06-12") in got
    got = claims_of("Russia struck Kryvyi Rih overnight, Russia's defence ministry said 29 drones were downed.")
    assert air("UA", "RU", "drone", "defeated", 29, "2025-06-12") in got
    got = claims_of("In Kharkiv, the regional governor said five drones hit the city.")
    assert air("RU", "UA", "drone", "hit", 5, "2025-06-12", "UA-63") in got


def test_plural_place_nouns_refer_back():
    text = ("Russian aircraft dropped glide bombs on border villages of the Sumy region on Wednesday.\n\n"
            "Thirty drones also attacked the border villages during the day, officials said.")
    assert air("RU", "UA", "drone", "launched", 30, "2025-06-11", "UA-59") in claims_of(text)


def test_another_death_in_another_region_is_no_part_of_the_toll():
    text = ("Кількість загиблих у Києві зросла до 9.\n\n"
            "Того ж ранку ще двоє людей загинули на Київщині.")
    got = claims_of(text, lang="uk")
    assert cas("killed", 2, "2025-06-12", "UA-32") in got
    text = "Кількість загиблих у Києві зросла до 9. Уранці в лікарні помер ще один чоловік."
    assert {c[2] for c in claims_of(text, lang="uk")} == {"9"}


def test_a_toll_told_days_later_takes_the_day_of_an_attack_told_without_figures():
    text = ("The number of people killed in Odesa has risen to 11, the regional governor said.\n\n"
            "Russia struck Odesa with ballistic missiles on the night of June 9.")
    assert cas("killed", 11, "2025-06-09", "UA-51") in claims_of(text)


def test_a_list_after_an_entry_about_the_other_side_keeps_its_leads_direction():
    text = ("11:00\nMoscow says air defences destroyed 40 Ukrainian drones, 15 of them over the Kursk region "
            "and 9 over the Oryol region.\n\n"
            "10:00\nAir Force summary. Overnight, Russia attacked with 300 aerial attack assets:\n"
            "– 20 Kh-101 cruise missiles;\n– 280 strike UAVs.\n"
            "Air defence shot down 250 targets: 15 Kh-101 and 235 drones.")
    got = claims_of(text)
    for weapon, metric, count in (("missile", "launched", 20), ("drone", "launched", 280), ("any", "defeated", 250),
                                  ("missile", "defeated", 15), ("drone", "defeated", 235)):
        assert air("RU", "UA", weapon, metric, count, "2025-06-12") in got


def test_regions_of_a_country_the_missiles_came_from_name_no_target():
    text = ("Противник атаковал Украину 458 средствами воздушного нападения. Среди них:\n\n"
            "– шесть баллистических ракет «Искандер-М» из Брянской и Курской областей РФ;")
    assert air("RU", "UA", "missile", "launched", 6, "2025-06-12") in claims_of(text, lang="ru")


def test_a_breakdown_by_place_in_the_next_sentence_takes_the_figures_metric():
    text = ("Russia's defence ministry said it destroyed 120 drones overnight. It listed 40 over the Bryansk region, "
            "31 over the Kursk region and 12 over the Lipetsk and Tambov regions.")
    got = claims_of(text)
    assert air("UA", "RU", "drone", "defeated", 40, "2025-06-12", "RU-BRY") in got
    assert air("UA", "RU", "drone", "defeated", 31, "2025-06-12", "RU-KRS") in got
    assert air("UA", "RU", "drone", "defeated", 12, "2025-06-12") in got
    text = "Russia's defence ministry said it destroyed 120 drones overnight. Of these, 40 were over the Bryansk region."
    assert air("UA", "RU", "drone", "defeated", 40, "2025-06-12", "RU-BRY") in claims_of(text)


def test_the_injured_taken_to_hospital_are_no_new_figure():
    got = claims_of("Three people were injured, one of whom was taken to hospital with a head wound, he said.")
    assert {c[2] for c in got} == {"3"}
    got = claims_of("A drone hit a warehouse in Mykolaiv, injuring two workers; one of them is in a serious condition.")
    assert {c[2] for c in got if c[0] == "casualties"} == {"2"}


def test_a_digest_item_keeps_its_own_side_and_a_later_weekday_is_after_its_section():
    text = ("SUNDAY, JUNE 8\n"
            "• In Russia's Kursk region, a Ukrainian drone attacked a lorry near Rylsk, the governor said.\n"
            "• In the evening, a ballistic missile hit a school in Sumy. By Thursday morning the toll had risen "
            "to six dead, the regional administration said.")
    got = claims_of(text, published="2025-06-12")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-08", "UA-59") in got
    assert cas("killed", 6, "2025-06-08", "UA-59") in got


def test_an_earlier_figure_in_brackets_leaves_the_sentences_own():
    got = claims_of("Ранены 60 человек, в том числе 7 детей (ранее называлась цифра 52).", lang="ru")
    assert {c[2] for c in got} == {"60", "7"}
    got = claims_of("The number of injured rose to 40 (earlier reported: 31).")
    assert {c[2] for c in got} == {"40"}


def test_that_night_after_an_earlier_toll_is_the_attacks_night():
    text = ("Число погибших в результате атаки на Киев в ночь на 10 марта возросло до 16.\n\n"
            "Накануне вечером сообщалось о 12 погибших: в среду спасатели нашли тела ещё четырёх человек.\n\n"
            "По данным Воздушных сил, в ту ночь Россия применила 70 ракет.")
    got = claims_of(text, lang="ru", published="2026-03-12")
    assert cas("killed", 16, "2026-03-10", "UA-30") in got
    assert air("RU", "UA", "missile", "launched", 70, "2026-03-10") in got
    assert not any(c[2] == "12" for c in got)


def test_a_place_after_a_clause_opening_conjunction_is_the_next_counts():
    got = claims_of("Над Сумщиною знешкоджено 11 ударних БпЛА, а над Полтавщиною збито 3 крилаті ракети.", lang="uk")
    assert air("RU", "UA", "missile", "defeated", 3, "2025-06-12", "UA-53") in got
    assert air("RU", "UA", "drone", "defeated", 11, "2025-06-12", "UA-59") in got


def test_the_oblast_and_its_centre_named_by_common_nouns():
    text = "Над Полтавщиною збито два дрони.\n\nУночі область атакували близько десяти ударних дронів."
    assert air("RU", "UA", "drone", "launched", 10, "2025-06-12", "UA-53") in claims_of(text, lang="uk")
    text = "Над Запорожьем сбиты два дрона.\n\nВечером оккупанты выпустили по областному центру две ракеты."
    assert air("RU", "UA", "missile", "launched", 2, "2025-06-12", "UA-23") in claims_of(text, lang="ru")


def test_a_namesake_village_is_in_the_region_named_last_before_it():
    text = ("Окупанти знову обстріляли Херсонщину.\n\n"
            "Окупаційний «губернатор» Севастополя повідомив, що уламки пошкодили лінію електропередачі "
            "в районі Любимівки, поранено двох людей.")
    assert cas("injured", 2, "2025-06-12", "UA-40") in claims_of(text, lang="uk")


def test_a_verb_before_coordinated_counts_is_theirs_when_a_later_clause_has_its_own():
    text = "Air defences shot down 90 of the missiles and 40 of the drones, and 35 drones were lost to jamming."
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 40, "2025-06-12") in got
    assert air("RU", "UA", "drone", "lost", 35, "2025-06-12") in got


def test_no_casualties_where_the_text_says_none():
    assert claims_of("В Полтавской области повреждён объект энергетики, пострадавших нет.", lang="ru") == set()


def test_a_count_whose_noun_follows_the_dash_is_no_ellipsis():
    text = "Russia launched 50 drones overnight.\n\nTHE WEEK IN NUMBERS\n• 1,000 – days of full-scale war."
    assert {c[5] for c in claims_of(text)} == {"50"}


def test_a_date_since_which_with_a_when_clause_is_that_clauses_day():
    text = "It was the deadliest strike on Odesa since March 15, 2024, when a double strike killed 21 people."
    assert cas("killed", 21, "2024-03-15", "UA-51") in claims_of(text)
    text = "Russia has launched well over 8,000 Shaheds since the autumn of 2022, the air force says."
    assert claims_of(text) == set()


def test_a_capitals_national_body_names_no_place():
    got = claims_of("Kyiv's air force said Russia had launched 139 drones overnight.")
    assert air("RU", "UA", "drone", "launched", 139, "2025-06-12") in got
    assert cas("injured", 2, "2025-06-12", "UA-30") in claims_of("Kyiv's mayor said two people were injured.")


def test_hits_after_a_weapon_named_without_figures_are_that_weapons():
    text = ("В понедельник Россия ударила по Сумам двумя ракетами «Искандер-М».\n\n"
            "Вечером 21 января российские войска нанесли удар по Харькову управляемыми авиабомбами. "
            "По словам мэра, зафиксировано пять попаданий. Ранены 17 человек.")
    got = claims_of(text, lang="ru", published="2026-01-22")
    assert air("RU", "UA", "guided_bomb", "hit", 5, "2026-01-21", "UA-63") in got
    assert cas("injured", 17, "2026-01-21", "UA-63") in got


def test_a_count_of_settlements_is_no_ellipsis():
    text = ("Россияне сбросили на область 20 управляемых авиабомб.\n\n"
            "За сутки россияне нанесли удары по 17 населённым пунктам Харьковской области.")
    assert {c[5] for c in claims_of(text, lang="ru")} == {"20"}


def test_a_toll_brought_up_by_a_later_death_keeps_the_attacks_day():
    text = ("A 70-year-old man who was wounded in a drone attack on the village of Kurylivka on Thursday died in "
            "hospital on Saturday, bringing the death toll from that attack to two, the governor said.")
    assert {(c[2], c[3]) for c in claims_of(text, published="2025-10-05") if c[0] == "casualties"} == {("2", "2025-10-02")}


def test_a_toll_that_stood_at_a_figure_is_no_weapon_count():
    text = "A drone hit a school in Sumy on Monday. A student died on Thursday; until then the toll had stood at five."
    assert {c[5] for c in claims_of(text) if c[0] == "air_attack"} == {"1"}


def test_the_head_of_an_occupied_town_speaks_of_its_ground_as_russian_held():
    text = "Глава Энергодара сообщил, что ночью над городом сбиты пять беспилотников, ещё один попал в подстанцию."
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "drone", "defeated", 5, "2025-06-12", "UA-23") in got
    text = "Both bombs hit an industrial zone in Kramatorsk, the Donetsk regional governor said."
    assert air("RU", "UA", "guided_bomb", "hit", 2, "2025-06-12", "UA-14") in claims_of(text)


def test_a_mayors_count_of_drones_flying_at_the_city_takes_no_region():
    text = ("Сергей Собянин\nМэр Москвы | Официальный канал\n\n"
            "01:10\nПВО отражает атаку беспилотников, летевших на Москву. Сбиты три БПЛА.\n\n"
            "02:40\nОтражена атака ещё четырёх беспилотников.")
    got = claims_of(text, lang="ru", source="telegram")
    assert air("UA", "RU", "drone", "defeated", 3, "2025-06-12") in got
    assert air("UA", "RU", "drone", "defeated", 4, "2025-06-12") in got


def test_the_regional_capital_is_the_regions_city_not_the_countrys():
    text = ("In the Saratov region, drone debris fell on a warehouse near the regional capital and one person was "
            "injured, the governor said.")
    assert cas("injured", 1, "2025-06-12", "RU-SAR") in claims_of(text)


def test_a_toll_officials_had_put_at_a_figure_is_superseded():
    text = ("Rescuers in Sumy found two more bodies on Thursday, bringing the toll from Monday's missile strike to 14 "
            "deaths, the governor said. On Tuesday, officials had put the number of dead at 12.")
    got = {c for c in claims_of(text) if c[0] == "casualties"}
    assert got == {cas("killed", 14, "2025-06-09", "UA-59")}


def test_a_figure_up_from_an_earlier_one_is_the_latest_toll():
    text = ("A Russian missile struck Dnipro on Monday. By Wednesday the city council had confirmed 9 deaths, "
            "up from the five it reported on Monday evening.")
    got = {c for c in claims_of(text) if c[0] == "casualties"}
    assert got == {cas("killed", 9, "2025-06-09", "UA-12")}


def test_district_figures_after_a_rising_toll_are_its_parts():
    text = ("Кількість поранених унаслідок удару по Харкову зросла до 9.\n\n"
            "Салтівський район: 6 поранених, пошкоджено житловий будинок.\n"
            "Слобідський район: 3 поранених, вибито вікна у школі.\n\n"
            "Уночі ворог також атакував область шістьма дронами. Два з них влучили в будинки в Куп'янську. "
            "Постраждав 58-річний чоловік.")
    got = {c for c in claims_of(text, lang="uk") if c[0] == "casualties"}
    assert got == {cas("injured", n, "2025-06-12", "UA-63") for n in (9, 6, 3, 1)}


def test_an_earlier_report_from_the_same_town_below_a_live_blogs_toll_is_replaced():
    text = ("LIVE · Drone attack on Podolsk\n\n"
            "15:10\nThe death toll in the Podolsk district has risen to four, the governor says.\n\n"
            "09:40\nPodolsk: a drone hit an apartment building. One man was killed, the mayor says.")
    got = {c for c in claims_of(text) if c[0] == "casualties"}
    assert got == {cas("killed", 4, "2025-06-12", "RU-MOS")}


def test_one_of_the_injured_who_died_is_killed_not_injured():
    text = "В больнице скончался один из пострадавших при обстреле Белгорода."
    got = {c for c in claims_of(text, lang="ru") if c[0] == "casualties"}
    assert got == {cas("killed", 1, "2025-06-12", "RU-BEL")}


def test_missiles_on_board_a_carrier_are_capacity_not_a_launch():
    text = "За даними ВМС, у Чорному морі зараз перебуває один ракетоносій із шістьма «Калібрами» на борту."
    assert not {c for c in claims_of(text, lang="uk") if c[0] == "air_attack"}
    text = "По данным ВМС Украины, в море на боевом дежурстве находятся два ракетоносителя с восемью «Калибрами»."
    assert not {c for c in claims_of(text, lang="ru") if c[0] == "air_attack"}
    text = "The navy said two Kalibr carriers with up to 12 missiles were on duty in the Black Sea."
    assert not {c for c in claims_of(text) if c[0] == "air_attack"}


def test_the_side_after_an_attack_noun_caused_the_casualties():
    text = "За сутки в результате обстрелов со стороны ВСУ ранены два человека, сообщили в оперштабе."
    got = [c for c in extract(Document(text=text, lang="ru", published=date(2025, 6, 12))) if c.kind == "casualties"]
    assert [c.attacker for c in got] == ["UA"]


def test_a_headline_that_places_a_figure_the_body_gives_without_a_place_is_one_claim():
    text = ("All 12 drones downed over Sevastopol, governor says\n\n"
            "Ukraine attacked Sevastopol with 12 drones overnight, the Russian-installed governor said, adding that "
            "all 12 were shot down over the sea.")
    got = {c for c in claims_of(text) if c[0] == "air_attack" and c[4] == "defeated"}
    assert got == {air("UA", "RU", "drone", "defeated", 12, "2025-06-12", "UA-40")}


def test_figures_across_the_country_in_a_city_channel_name_no_city():
    text = ("Тревожный Харьков | Telegram\n\n"
            "Воздушные силы ВСУ: ночью противник атаковал Украину 48 ударными дронами.\n\n"
            "По предварительным данным, 40 дронов сбиты или подавлены на севере и востоке страны. "
            "Зафиксировано попадание шести дронов на трёх локациях.")
    got = {c for c in claims_of(text, lang="ru", source="telegram") if c[0] == "air_attack"}
    assert air("RU", "UA", "drone", "defeated", 40, "2025-06-12") in got
    assert air("RU", "UA", "drone", "hit", 6, "2025-06-12") in got


def test_what_officials_said_the_day_before_an_update_is_superseded_and_sets_no_day():
    text = ("Число погибших после атаки беспилотников на Шахты в ночь на 2 апреля выросло до двух, сообщил губернатор. "
            "Всего пострадали девять человек. Накануне власти говорили о семи раненых.\n\n"
            "По данным Минобороны, в ту ночь над Ростовской областью были уничтожены восемнадцать беспилотников.")
    got = claims_of(text, lang="ru", published="2025-04-05")
    assert {c for c in got if c[0] == "casualties"} == {cas("killed", 2, "2025-04-02", "RU-ROS"),
                                                        cas("injured", 9, "2025-04-02", "RU-ROS")}
    assert air("UA", "RU", "drone", "defeated", 18, "2025-04-02", "RU-ROS") in got


def test_the_same_day_in_a_digest_section_is_the_sections_day():
    text = ("Обзор недели\n\n"
            "Понедельник, 3 марта. В ночь на 3 марта противник атаковал Украину 90 ударными беспилотниками.\n\n"
            "Вторник, 4 марта. Днём на Харьков упали две управляемые авиабомбы. В тот же день у Новороссийска "
            "силы флота уничтожили пять безэкипажных катеров.")
    got = claims_of(text, lang="ru", published="2025-03-09")
    assert air("UA", "RU", "naval_drone", "defeated", 5, "2025-03-04", "RU-KDA") in got


def test_a_place_after_a_dash_item_belongs_to_the_next_count():
    text = "Знешкоджено 52 БпЛА, зокрема над Сумщиною – 20, над Чернігівщиною – 11, на Житомирщині збито 9."
    got = claims_of(text, lang="uk")
    assert air("RU", "UA", "drone", "defeated", 9, "2025-06-12", "UA-18") in got
    assert air("RU", "UA", "drone", "defeated", 11, "2025-06-12", "UA-74") in got


def test_a_count_since_a_past_day_is_a_running_total():
    text = "Since 1 March, the Sumy region has been attacked by more than 400 drones, the governor said."
    assert not {c for c in claims_of(text, published="2025-03-20") if c[0] == "air_attack"}
    text = "It was the largest attack since 1 March: Russia launched 160 drones at the Sumy region overnight."
    assert air("RU", "UA", "drone", "launched", 160, "2025-03-20", "UA-59") in claims_of(text, published="2025-03-20")


def test_a_short_sentence_naming_a_night_dates_the_figures_after_it():
    text = ("Consider the night of March 2 into March 3. Russia launched 70 drones, the air force said, and 52 of "
            "them were shot down.")
    got = claims_of(text, published="2025-03-07")
    assert air("RU", "UA", "drone", "launched", 70, "2025-03-03") in got
    assert air("RU", "UA", "drone", "defeated", 52, "2025-03-03") in got


def test_later_that_night_after_a_days_strike_is_the_next_morning():
    text = ("A ballistic missile hit Poltava at about 17:30 on May 6, killing three people. Later that night, Russia "
            "launched 60 drones against Ukraine, the air force said.")
    got = claims_of(text, published="2025-05-09")
    assert air("RU", "UA", "drone", "launched", 60, "2025-05-07") in got
    assert cas("killed", 3, "2025-05-06", "UA-53") in got


def test_a_participle_before_a_noun_of_its_own_counts_that_noun():
    text = ("Russia launched 80 drones at Ukraine overnight. The city will rebuild 64 damaged houses by the winter, "
            "and 40 destroyed cars were towed away.")
    assert {c[5] for c in claims_of(text) if c[0] == "air_attack"} == {"80"}


def test_a_place_after_comma_and_opens_another_clause():
    text = ("Russia said its air defences had destroyed 120 Ukrainian drones overnight, and officials in Lipetsk said "
            "debris had damaged a warehouse there.")
    got = {c for c in claims_of(text) if c[0] == "air_attack"}
    assert air("UA", "RU", "drone", "defeated", 120, "2025-06-12") in got
    assert air("UA", "RU", "drone", "defeated", 120, "2025-06-12", "RU-LIP") not in got


def test_the_day_an_official_reported_on_is_not_the_attacks_day():
    text = ("Кількість загиблих унаслідок удару по Вінниці в ніч на 3 травня зросла до шести. У лікарні померла "
            "жінка, повідомив у середу начальник ОВА.\n\n"
            "Поранення дістали 17 людей. Тієї ночі противник випустив по Україні 40 ударних дронів.")
    got = claims_of(text, lang="uk", published="2025-05-08")
    assert cas("injured", 17, "2025-05-03", "UA-05") in got
    assert air("RU", "UA", "drone", "launched", 40, "2025-05-03") in got


def test_counts_since_a_month_or_over_a_month_are_running_totals():
    for lang, text in (("uk", "Від березня 2024 року через удари дронів у Херсоні загинули понад 150 людей."),
                       ("uk", "Протягом травня Росія випустила по Україні понад 4000 шахедів."),
                       ("ru", "С 1 января область атаковали более 900 беспилотников."),
                       ("en", "Throughout May, Russia launched more than 4,000 Shaheds at Ukraine.")):
        assert not claims_of(text, lang=lang), text
    got = claims_of("У ніч з 9 на 10 червня над областю збито 20 дронів.", lang="uk")
    assert {c[5] for c in got if c[0] == "air_attack"} == {"20"}


def test_rockets_of_a_named_mlrs_stay_rockets():
    text = ("Днём ВСУ обстреляли Васильевку восемью ракетами американской РСЗО HIMARS, сообщил губернатор. "
            "По его словам, пять ракет сбиты средствами ПВО, три попали в жилые дома.")
    got = claims_of(text, lang="ru")
    assert air("UA", "RU", "rocket", "launched", 8, "2025-06-12", "UA-23") in got
    assert air("UA", "RU", "rocket", "defeated", 5, "2025-06-12", "UA-23") in got
    assert air("UA", "RU", "rocket", "hit", 3, "2025-06-12", "UA-23") in got


def test_the_same_period_is_a_running_total_only_after_one():
    text = ("За неделю Россия выпустила по Украине около 1 500 ударных дронов. Минобороны РФ за тот же период "
            "отчиталось о 900 сбитых украинских беспилотниках.")
    assert not {c for c in claims_of(text, lang="ru") if c[0] == "air_attack"}
    text = ("Russia's defence ministry said air defences had shot down 30 drones over the past day. Over the same "
            "period, the fleet destroyed three uncrewed boats in the Black Sea.")
    assert air("UA", "RU", "naval_drone", "defeated", 3, "2025-06-12") in claims_of(text)


def test_what_a_weapon_did_not_reach_before_it_was_downed_is_no_hit():
    text = ("A Ukrainian drone attacked an oil depot in the Tambov region overnight, the governor said. A second drone "
            "was shot down before it reached the depot.")
    got = {c for c in claims_of(text) if c[0] == "air_attack"}
    assert air("UA", "RU", "drone", "defeated", 1, "2025-06-12", "RU-TAM") in got
    assert not {c for c in got if c[4] == "hit"}


def test_the_ends_of_a_range_are_no_figures():
    text = "«Шахеди» атакують групами по 20–30 одиниць на висоті 2–3 км, щоб перевантажити ППО."
    assert not {c for c in claims_of(text, lang="uk") if c[0] == "air_attack"}
    assert {c[5] for c in claims_of("Russia launched 45 drones; 30-40 of them were decoys.") if c[0] == "air_attack"} == {"45"}


def test_a_labelled_total_heads_its_list():
    text = ("Overnight the enemy sent 90 drones and 6 missiles against Ukraine, the Air Force reported.\n\n"
            "Shot down or suppressed: 88\n• 5 Kh-101\n• 83 drones\n\nHits were recorded at 4 sites.")
    got = claims_of(text, source="telegram")
    assert air("RU", "UA", "any", "defeated", 88, "2025-06-12") in got
    assert air("RU", "UA", "missile", "defeated", 5, "2025-06-12") in got
    assert air("RU", "UA", "drone", "defeated", 83, "2025-06-12") in got
    assert not {c for c in got if c[4] in ("launched", "lost") and c[5] in ("5", "83", "88")}
    text = "Russia launched 40 drones at Ukraine overnight.\nDestroyed: 31\n• 20 over Kharkiv region\n• 11 over Sumy region"
    got = claims_of(text, source="telegram")
    assert air("RU", "UA", "drone", "defeated", 31, "2025-06-12") in got
    assert air("RU", "UA", "drone", "defeated", 20, "2025-06-12", "UA-63") in got


def test_a_lead_line_without_a_figure_governs_its_list():
    text = ("Над ранок ворог атакував область дронами, повідомили в ОВА. Тривога тривала до світанку. "
            "Обставини й наслідки вже з'ясовують. Просимо не знімати роботу ППО.\nЗбито:\n– 12 «шахедів»\n"
            "– 3 дрони-імітатори")
    got = claims_of(text, lang="uk", source="telegram")
    assert air("RU", "UA", "drone", "defeated", 12, "2025-06-12") in got
    assert air("RU", "UA", "drone", "defeated", 3, "2025-06-12") in got
    text = ("Вночі ворог атакував Черкаси дронами.\n\nНаслідки атаки:\n\n▪️ Пошкоджено склад. Постраждали двоє "
            "робітників, обох госпіталізували.")
    got = claims_of(text, lang="uk", source="telegram")
    assert cas("injured", 2, "2025-06-12", "UA-71") in got
    assert not {c for c in got if c[0] == "air_attack"}


def test_coordinated_partitives_share_the_verb_after_them():
    text = ("The air force said Russia had sent 30 Shahed drones and three Kh-59 missiles overnight. Twenty-six of "
            "the drones and two of the missiles were brought down.")
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 26, "2025-06-12") in got
    assert air("RU", "UA", "missile", "defeated", 2, "2025-06-12") in got
    assert not {c for c in got if c[4] == "launched" and c[5] == "26"}


def test_the_ends_of_an_extent_are_no_place_of_the_figure():
    text = "On May 3, Russia fired 40 cruise missiles at targets from Uzhhorod in the west to Mykolaiv in the south."
    assert air("RU", "UA", "missile", "launched", 40, "2025-05-03") in claims_of(text)
    text = "3 травня росіяни випустили 40 ракет по цілях від Ужгорода на заході до Миколаєва на півдні."
    assert air("RU", "UA", "missile", "launched", 40, "2025-05-03") in claims_of(text, lang="uk")


def test_a_village_named_as_one_lies_in_the_region_its_sentence_names():
    text = ("In the Kursk region, the governor said a Ukrainian drone had hit a tractor near the village of "
            "Kovrov on Wednesday, wounding the driver.")
    got = claims_of(text)
    assert cas("injured", 1, "2025-06-11", "RU-KRS") in got
    assert air("UA", "RU", "drone", "hit", 1, "2025-06-11", "RU-KRS") in got


def test_a_capital_standing_for_its_state_is_no_place():
    text = ("Kharkiv has been shelled daily since the spring, in an offensive that Moscow has pressed for months.\n\n"
            "Overnight, 14 Shahed drones were shot down over the city, the mayor said.")
    assert air("RU", "UA", "drone", "defeated", 14, "2025-06-12", "UA-63") in claims_of(text)
    assert cas("killed", 9, "2025-06-10", "UA-30") in claims_of(
        "The toll from Tuesday's strike on Kyiv has risen to nine, officials said.")


def test_by_a_day_is_when_the_dead_were_counted():
    text = ("The bomb fell a little after noon on Monday.\n\nBy Wednesday, officials had counted five dead and 12 "
            "wounded after the Russian strike on Kupiansk.")
    got = claims_of(text)
    assert cas("killed", 5, "2025-06-09", "UA-63") in got
    assert cas("injured", 12, "2025-06-09", "UA-63") in got


def test_a_share_of_a_running_total_is_one_too():
    text = ("Monitors verified 210 civilians killed and 980 injured across Ukraine in May. Among the victims, 12 "
            "children were killed and 40 injured. In Kherson, drones killed nine civilians and injured 120 over the month.")
    assert not {c for c in claims_of(text) if c[0] == "casualties"}
    text = ("За тиждень росіяни запустили по Україні понад 1 200 дронів. Серед них – 700 «шахедів».")
    assert not {c for c in claims_of(text, lang="uk") if c[0] == "air_attack"}


def test_a_relative_clause_or_participle_describes_the_counted_drones():
    got = claims_of("Overnight, 31 of the 35 drones Russia sent were shot down, the air force said.")
    assert air("RU", "UA", "drone", "defeated", 31, "2025-06-12") in got
    assert air("RU", "UA", "drone", "launched", 35, "2025-06-12") in got
    got = claims_of("On June 2, all 18 drones launched at the Odesa region were shot down.")
    assert air("RU", "UA", "drone", "defeated", 18, "2025-06-02", "UA-51") in got
    assert air("RU", "UA", "drone", "launched", 18, "2025-06-02", "UA-51") in got


def test_people_who_sought_medical_help_are_injured():
    assert cas("injured", 5, "2025-06-12", "UA-51") in claims_of(
        "A drone hit a house in Odesa overnight. Five people sought medical help.")
    assert cas("injured", 3, "2025-06-12", "RU-BEL") in claims_of(
        "Ночью беспилотник атаковал Белгород. Трое жителей обратились за медицинской помощью.", lang="ru")


def test_a_person_named_before_a_total_in_its_sentence_is_not_inside_it():
    text = ("Ukrainian forces attacked the Belgorod region with 20 drones overnight, the governor said. A man was injured "
            "in Valuyki when a drone hit his car, and two women were wounded by shelling in the Shebekino district.")
    got = claims_of(text)
    assert cas("injured", 1, "2025-06-12", "RU-BEL") in got
    assert cas("injured", 2, "2025-06-12", "RU-BEL") in got


def test_a_missile_named_by_its_variant_is_one_missile():
    got = claims_of("Russian air defences shot down four guided bombs and a Neptune-MD long-range missile, the ministry said.")
    assert air("UA", "RU", "missile", "defeated", 1, "2025-06-12") in got
    assert air("UA", "RU", "guided_bomb", "defeated", 4, "2025-06-12") in got


def test_a_place_listed_after_an_origin_is_an_origin_too():
    text = ("В ночь на 12 июня противник атаковал Украину 60 средствами воздушного нападения:\n"
            "▪️ 5 баллистических ракет «Искандер-М» — из Брянской области и временно оккупированного Крыма;\n"
            "▪️ 55 ударных БпЛА типа Shahed.")
    got = claims_of(text, lang="ru", source="telegram")
    assert air("RU", "UA", "missile", "launched", 5, "2025-06-12") in got
    assert air("RU", "UA", "drone", "launched", 55, "2025-06-12") in got


def test_a_night_named_by_weekday_and_day_dates_what_follows():
    text = ("Обычная картина — ночь на среду, 4 июня. Россияне запустили по стране 22 «шахеда». Силы ПВО уничтожили "
            "19 из них.")
    got = claims_of(text, lang="ru")
    assert air("RU", "UA", "drone", "launched", 22, "2025-06-04") in got
    assert air("RU", "UA", "drone", "defeated", 19, "2025-06-04") in got


def test_a_macro_region_names_no_region():
    got = claims_of("Минобороны: ночью над Поволжьем и Уралом сбиты 36 украинских беспилотников.", lang="ru")
    assert air("UA", "RU", "drone", "defeated", 36, "2025-06-12") in got
    got = claims_of("Russia's defence ministry said 36 Ukrainian drones were downed over the Volga region and the Urals overnight.")
    assert air("UA", "RU", "drone", "defeated", 36, "2025-06-12") in got


def test_an_earlier_toll_put_by_officials_is_superseded():
    text = ("A Russian glide bomb strike on Kupiansk killed seven people and wounded 15 on Friday, the governor said. "
            "Officials had earlier put the toll at three dead and eight wounded.")
    got = {c for c in claims_of(text) if c[0] == "casualties"}
    assert got == {cas("killed", 7, "2025-06-06", "UA-63"), cas("injured", 15, "2025-06-06", "UA-63")}


def test_the_third_of_the_weapons_counted_is_one_more():
    text = ("Russia fired three Iskander-M missiles at Dnipro on Friday, the air force said. Two of them hit an "
            "industrial site, and the third was shot down.")
    got = claims_of(text)
    assert air("RU", "UA", "missile", "defeated", 1, "2025-06-06", "UA-12") in got
    assert not claims_of("It was the third attack on the city this week, the mayor said. The third was the worst.")


def test_a_day_tally_takes_in_yesterday_evenings_dead():
    text = ("Загалом за минулу добу в області загинули троє людей, ще п'ятеро поранені.\n\n"
            "📍 Межівська громада. Увечері 11 червня ворог скинув дві КАБ. Загинув 60-річний чоловік.")
    got = {c for c in claims_of(text, lang="uk", source="telegram") if c[0] == "casualties"}
    assert not {c for c in got if c[2] == "1"}


def test_the_defence_named_between_a_partitive_and_its_verb():
    text = "Уночі ворог запустив на область 14 ударних БпЛА. Дев'ять із них сили ППО знищили над районом."
    got = claims_of(text, lang="uk")
    assert air("RU", "UA", "drone", "defeated", 9, "2025-06-12") in got
    assert not {c for c in got if c[4] == "launched" and c[5] == "9"}


def test_places_after_launch_directions_are_origins():
    text = ("В ночь на 12 июня противник атаковал Украину 90 ударными БпЛА типа Shahed — с направлений Курск, "
            "Миллерово, Приморско-Ахтарск, м. Чауда.")
    got = claims_of(text, lang="ru", source="telegram")
    assert air("RU", "UA", "drone", "launched", 90, "2025-06-12") in got
    text = "Overnight Russia launched 90 Shahed drones from the directions of Kursk, Millerovo and Cape Chauda."
    assert air("RU", "UA", "drone", "launched", 90, "2025-06-12") in claims_of(text)


def test_a_missile_turned_off_course_by_jamming_is_lost():
    text = ("Минувшей ночью ВСУ атаковали Мелитополь. Над регионом сбиты три ракеты Storm Shadow. Еще одна ракета была "
            "отклонена средствами РЭБ и упала в поле.")
    assert air("UA", "RU", "missile", "lost", 1, "2025-06-12", "UA-23") in claims_of(text, lang="ru")


def test_a_paragraph_opened_as_another_incident_is_not_inside_a_total():
    text = ("Число раненых в результате удара по Харькову возросло до 15, сообщил глава ОВА.\n\n"
            "Кроме того, днем россияне нанесли удар управляемой авиабомбой по окраине Харькова. Ранен "
            "60-летний мужчина.")
    got = claims_of(text, lang="ru")
    assert cas("injured", 15, "2025-06-12", "UA-63") in got
    assert cas("injured", 1, "2025-06-12", "UA-63") in got
    assert air("RU", "UA", "guided_bomb", "launched", 1, "2025-06-12", "UA-63") in got


def test_all_but_some_of_the_weapons_is_the_rest():
    text = ("Russia fired eight Kh-101 missiles and 30 Shahed drones overnight, the air force said. Air defences shot "
            "down five of the missiles and all but two of the drones.")
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 28, "2025-06-12") in got
    assert not {c for c in got if c[5] == "2"}
    assert air("RU", "UA", "drone", "defeated", 9, "2025-06-12") in claims_of(
        "Russia launched 10 drones at the city overnight; all but one were shot down.")


def test_a_side_naming_the_drones_is_the_attacker_of_an_elided_part():
    text = ("Moscow's defence ministry said 80 Ukrainian drones were downed overnight, including 50 over the Kursk "
            "region and 30 over the Oryol and Tula regions.")
    got = claims_of(text)
    assert air("UA", "RU", "drone", "defeated", 30, "2025-06-12") in got
    assert not {c for c in got if c[0] == "RU"}


def test_a_list_of_russian_districts_names_no_ukrainian_town():
    text = ("Voronezh region: air defences destroyed 12 drones over the Kamensky, Liskinsky and Rossoshansky "
            "districts, the governor said.")
    got = claims_of(text, source="telegram")
    assert air("UA", "RU", "drone", "defeated", 12, "2025-06-12", "RU-VOR") in got


def test_a_verb_of_defeat_on_the_attack_governs_its_weapons():
    text = "Air defence units repelled a massive attack by 41 drones over the Krasnodar region overnight."
    assert air("UA", "RU", "drone", "defeated", 41, "2025-06-12", "RU-KDA") in claims_of(text, source="telegram")
    text = "Сили ППО відбили атаку 23 дронів над Сумщиною."
    assert air("RU", "UA", "drone", "defeated", 23, "2025-06-12", "UA-59") in claims_of(text, lang="uk")


def test_an_explicit_date_earlier_in_the_clause_names_the_night():
    text = "On June 3, Russia launched 212 drones in an overnight attack on western Ukraine."
    assert air("RU", "UA", "drone", "launched", 212, "2025-06-03") in claims_of(text, published="2025-06-08")
    text = "Related:\n→ June 3: Russia sends 212 drones at Ukraine in overnight raid"
    assert air("RU", "UA", "drone", "launched", 212, "2025-06-03") in claims_of(text, published="2025-06-08")


def test_that_same_night_is_the_night_the_text_went_back_to():
    text = ("KHARKIV, June 12 - Rescuers finished their search on Thursday, and officials said 9 people had been "
            "killed.\n\n"
            "The strike came before dawn on Sunday, June 8, when three Russian drones hit a dormitory.\n\n"
            "The dormitory housed students from the technical college.\n\n"
            "That same night, Russia launched 120 drones at Ukraine, the air force said.")
    assert air("RU", "UA", "drone", "launched", 120, "2025-06-08") in claims_of(text)


def test_a_list_led_by_geometric_shapes_breaks_down_its_total():
    text = ("Overnight, air defence systems intercepted and destroyed 40 Ukrainian fixed-wing drones:\n"
            "◾️ 25 – over the territory of the Belgorod region,\n"
            "◾️ 15 – over the territory of the Oryol region.")
    got = claims_of(text, source="telegram")
    assert air("UA", "RU", "drone", "defeated", 40, "2025-06-12") in got
    assert air("UA", "RU", "drone", "defeated", 25, "2025-06-12", "RU-BEL") in got
    assert air("UA", "RU", "drone", "defeated", 15, "2025-06-12", "RU-ORL") in got


def test_list_items_naming_regions_by_adjective_after_a_label_line():
    text = ("Минобороны РФ заявило, что за ночь над регионами России уничтожены 45 украинских беспилотников.\n\n"
            "По данным ведомства:\n"
            "▫️ Курская область – 20\n"
            "▫️ Орловская – 15\n"
            "▫️ Калужская и Тульская – по 5")
    got = claims_of(text, lang="ru", source="telegram")
    assert air("UA", "RU", "drone", "defeated", 20, "2025-06-12", "RU-KRS") in got
    assert air("UA", "RU", "drone", "defeated", 15, "2025-06-12", "RU-ORL") in got
    assert air("UA", "RU", "drone", "defeated", 5, "2025-06-12", "RU-KLU") in got
    assert air("UA", "RU", "drone", "defeated", 5, "2025-06-12", "RU-TUL") in got
    text = ("Минобороны РФ заявило, что за ночь уничтожены 45 украинских беспилотников:\n"
            "▫️ Курская область и Орловская – по 20\n▫️ Калужская – 5")
    got = claims_of(text, lang="ru", source="telegram")
    assert air("UA", "RU", "drone", "defeated", 20, "2025-06-12", "RU-ORL") in got


def test_an_imperfective_report_is_an_earlier_toll():
    text = "В Киеве ранены 16 человек, сообщил мэр. Утром власти сообщали о девяти пострадавших."
    got = claims_of(text, lang="ru")
    assert cas("injured", 16, "2025-06-12", "UA-30") in got
    assert not {c for c in got if c[2] == "9"}
    text = "У Києві поранено 16 людей, повідомив мер. Зранку влада повідомляла про дев'ятьох поранених."
    got = claims_of(text, lang="uk")
    assert cas("injured", 16, "2025-06-12", "UA-30") in got
    assert not {c for c in got if c[2] == "9"}


def test_a_span_of_months_is_a_running_total():
    text = "The governor said the region had been hit by more than 1,800 guided bombs in the first half of the year."
    assert not claims_of(text)
    assert not claims_of("• Kharkiv region: over 1,800 KABs dropped in five months")
    assert not claims_of("За перше півріччя по Харківщині скинули понад 1800 КАБів.", lang="uk")


def test_a_story_linked_below_does_not_re_date_the_toll():
    text = ("In the Sumy region, Russian forces carried out 90 attacks on 30 settlements over the past day, the "
            "administration said on Thursday.\n\n"
            "According to the administration, the army dropped nine guided bombs.\n\n"
            "Two people were killed and five were injured.\n\n"
            "READ ALSO\n"
            "→ Night of 9 June: 14 drones shot down over Sumy region\n"
            "→ City council approves funds for new shelters")
    got = claims_of(text)
    assert cas("killed", 2, "2025-06-12", "UA-59") in got
    assert cas("injured", 5, "2025-06-12", "UA-59") in got


def test_of_the_drones_counts_the_last_figure_of_drones():
    text = ("Russia launched 80 drones across Ukraine overnight and fired three S-300 missiles at the Kharkiv region, "
            "the air force said. Sixty of the drones were neutralised.")
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 60, "2025-06-12") in got
    assert air("RU", "UA", "missile", "launched", 3, "2025-06-12", "UA-63") in got


def test_a_place_after_coordinated_counts_beats_a_country_before_them():
    text = "In western Ukraine, air defences destroyed nine drones and two cruise missiles over the Volyn region."
    got = claims_of(text)
    assert air("RU", "UA", "drone", "defeated", 9, "2025-06-12", "UA-07") in got
    assert air("RU", "UA", "missile", "defeated", 2, "2025-06-12", "UA-07") in got


def test_the_owner_after_a_claimant_is_part_of_it():
    text = "За даними Генерального штабу ЗСУ, противник випустив сорок дві крилаті ракети."
    assert air("RU", "UA", "missile", "launched", 42, "2025-06-12") in claims_of(text, lang="uk")


def test_a_day_named_for_an_attack_without_figures_dates_the_next_sentence():
    text = ("Київ, 14 червня. У середу, 11 червня, Росія завдала по Україні масованого удару. "
            "За даними Генштабу, противник випустив 30 крилатих ракет.")
    assert air("RU", "UA", "missile", "launched", 30, "2025-06-11") in claims_of(text, lang="uk", published="2025-06-14")


def test_a_national_body_heading_an_item_in_a_local_channel_speaks_for_the_country():
    text = ("Дніпропетровська ОВА\n\n"
            "Уночі ворог атакував Дніпро дронами, пошкоджено склад.\n\n"
            "🇺🇦 Повітряні сили: у ніч на 12 червня ворог атакував 88 ударними БпЛА.")
    got = claims_of(text, lang="uk", source="telegram")
    assert air("RU", "UA", "drone", "launched", 88, "2025-06-12") in got


def test_a_count_of_buildings_after_an_adjective_is_no_people():
    text = "В результате атаки в городе пострадали более 40 жилых домов, ранены трое человек."
    got = claims_of(text, lang="ru")
    assert cas("injured", 3, "2025-06-12") in got
    assert not {c for c in got if c[2] == "40"}


def test_one_count_of_several_classes_in_the_genitive_is_any():
    text = "За сутки противник применил по Харьковщине 45 дронов, ракет и управляемых авиабомб."
    assert air("RU", "UA", "any", "launched", 45, "2025-06-12", "UA-63") in claims_of(text, lang="ru")
    text = "Ворог застосував по області 8 КАБів, FPV-дрони та міномет."
    assert air("RU", "UA", "guided_bomb", "launched", 8, "2025-06-12") in claims_of(text, lang="uk")


def test_refined_data_replace_the_earlier_toll():
    text = ("Кількість загиблих у столиці зросла до трьох, поранених – до 14.\n\n"
            "КМВА уточнює дані: у Києві загинули четверо людей, поранено 21.")
    got = claims_of(text, lang="uk", source="telegram")
    assert cas("killed", 4, "2025-06-12", "UA-30") in got
    assert cas("injured", 21, "2025-06-12", "UA-30") in got
    assert not {c for c in got if c[2] in ("3", "14")}
    text = "Предварительно: в Киеве погибли два человека.\n\nКГВА уточняет данные: погибли четыре человека."
    got = claims_of(text, lang="ru", source="telegram")
    assert cas("killed", 4, "2025-06-12", "UA-30") in got
    assert not {c for c in got if c[2] == "2"}


def test_a_running_total_in_a_clause_about_something_else_leaves_the_figures():
    text = ("Overnight, the ministry reported 38 drones shot down, nine of them over the Saratov region, where the "
            "city's refinery was hit for the fourth time this year.")
    got = claims_of(text)
    assert air("UA", "RU", "drone", "defeated", 38, "2025-06-12") in got
    assert air("UA", "RU", "drone", "defeated", 9, "2025-06-12", "RU-SAR") in got


def test_others_after_a_bare_count_are_the_rest_of_the_weapons():
    text = ("Russia launched 70 drones overnight, and 41 of the 70 drones were shot down while 22 others were "
            "\"locationally lost\", the air force said.")
    assert air("RU", "UA", "drone", "lost", 22, "2025-06-12") in claims_of(text)
    text = "Russia launched 70 drones overnight. Two people were killed and 22 others were injured."
    assert cas("injured", 22, "2025-06-12") in claims_of(text)


def test_occupied_towns_in_russian_transliteration_are_russian_held():
    text = "In the Kherson region, an FPV drone attacked a bus in Golaya Pristan on Sunday, the region's governor said."
    assert air("UA", "RU", "drone", "launched", 1, "2025-06-08", "UA-65") in claims_of(text)


def test_a_village_named_as_one_lies_in_the_region_of_the_sentence_before():
    text = ("В Ростовской области, по словам губернатора, атака отражена. В хуторе Гусев ранен мужчина, "
            "ему оказана помощь.")
    assert cas("injured", 1, "2025-06-12", "RU-ROS") in claims_of(text, lang="ru")


def test_the_object_before_the_defence_and_its_verb_is_defeated():
    text = "Ще одну балістичну ракету «Іскандер-М» сили ППО збили над Одещиною, повідомили в Повітряних силах."
    assert air("RU", "UA", "missile", "defeated", 1, "2025-06-12", "UA-51") in claims_of(text, lang="uk")
    text = "Ще одну ракету того ж типу, за даними Повітряних сил, збили на підльоті."
    assert air("RU", "UA", "missile", "defeated", 1, "2025-06-12") in claims_of(text, lang="uk")
    text = "У ніч на 12 червня з 300 запущених дронів сили ППО збили 280."
    assert air("RU", "UA", "drone", "launched", 300, "2025-06-12") in claims_of(text, lang="uk")


def test_the_shared_empty_cue_lists_stay_empty():
    from skyledger.extract import analysis, events

    for text in ("Russia launched 80 drones overnight; 60 were shot down, the air force said.",
                 "\"We will respond,\" the president said on Monday after talks in Istanbul."):
        claims_of(text)
    assert analysis._NONE == [] and events._NONE == []  # cat() hands the same empty list to every caller


def test_a_death_in_hospital_later_keeps_the_story_on_the_attacks_day():
    text = ("Кількість загиблих унаслідок ракетного удару по Черкасах у понеділок, 9 червня, зросла до восьми, "
            "повідомив у середу голова ОВА.\n\n"
            "Уночі в лікарні помер 40-річний чоловік.\n\n"
            "Поранено 40 людей, серед них шестеро дітей.")
    got = claims_of(text, lang="uk", published="2025-06-11")
    assert cas("injured", 40, "2025-06-09", "UA-71") in got
    assert {c[3] for c in got} == {"2025-06-09"}


def test_a_day_just_before_the_reporting_verb_is_when_it_was_said():
    text = ("Число погибших после удара по Одессе во вторник, 10 июня, выросло до пяти. "
            "Об этом в четверг сообщил глава Одесской областной военной администрации.\n\n"
            "Ранены 30 человек.")
    got = claims_of(text, lang="ru")
    assert cas("injured", 30, "2025-06-10", "UA-51") in got


def test_a_list_item_led_by_a_hyphenated_number_word_far_into_a_text():
    text = ("DEFENCE MINISTRY\nNews feed\n\n14.03.2026 (07:20)\n"
            "Overnight, air defence systems destroyed 77 Ukrainian unmanned aerial vehicles:\n\n"
            "thirty-six over the territory of the Bryansk region,\n"
            "twenty-two over the territory of the Kursk region,\n"
            "nineteen over the territory of the Oryol region.")
    got = claims_of(text, published="2026-03-14")
    assert air("UA", "RU", "drone", "defeated", 22, "2026-03-14", "RU-KRS") in got


def test_a_regions_heading_places_the_figures_under_it():
    text = ("Front-line roundup\n\n"
            "Mykolaiv region\n\n"
            "Over the past day, the enemy dropped six guided aerial bombs on Ochakiv, and launched 97 drones of "
            "various types, the governor said.\n\n"
            "Sumy region\n\n"
            "On Tuesday evening, Russian forces fired rockets at Shostka; three rockets hit a school.\n\n"
            "Attacks killed two residents of the region and injured five.\n\n"
            "Russia\n\n"
            "Overnight, Russia launched 120 drones at Ukraine.")
    got = claims_of(text, published="2025-11-26")
    assert air("RU", "UA", "drone", "launched", 97, "2025-11-26", "UA-48") in got
    assert air("RU", "UA", "rocket", "hit", 3, "2025-11-25", "UA-59") in got
    assert cas("killed", 2, "2025-11-26", "UA-59") in got
    assert air("RU", "UA", "drone", "launched", 120, "2025-11-26") in got


def test_the_region_refers_to_the_last_place_named_and_the_city_to_the_last_settlement():
    text = ("A Russian drone hit a house in Nikopol on Monday morning. In the evening, Russian forces shelled "
            "villages in the Sumy region.\n\nTwo residents of the region were injured.")
    assert cas("injured", 2, "2025-06-09", "UA-59") in claims_of(text)


def test_people_counted_across_several_regions_take_none_of_them():
    text = ("Home / Regions / Kharkiv · Sumy · Odesa\n\n"
            "Russian shelling killed five civilians and wounded 17 across front-line regions over the past day, "
            "officials said.")
    got = claims_of(text)
    assert {c[-1] for c in got} == {None}


def test_the_dnipro_with_an_article_is_the_river_not_the_city():
    text = ("Russia fired two Iskander-M missiles at Zaporizhzhia on Tuesday. One was shot down over the Dnipro, "
            "the air force said. Officials put the toll at 11 dead.")
    got = claims_of(text, published="2024-12-12")
    assert air("RU", "UA", "missile", "defeated", 1, "2024-12-10", "UA-23") in got
    assert cas("killed", 11, "2024-12-10", "UA-23") in got


def test_one_of_a_pair_downed_and_the_other_a_hit():
    got = claims_of("Russia fired two Iskander-M missiles at Sumy. One was shot down; the other hit a clinic.")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-59") in got
    # but a pair told one by one inside its total adds nothing
    got = claims_of("Two Iskander-M missiles struck Sumy on Sunday morning. The first hit a conference centre and "
                    "the second hit a busy street.")
    assert {c[5] for c in got if c[4] == "hit"} == {"2"}


def test_a_toll_of_one_weapons_attack_does_not_swallow_a_later_one_by_another_weapon():
    text = ("01:10\nThe enemy attacked Kharkiv with 9 Shahed-type UAVs. Hits in the Kyivskyi district.\n"
            "The number of injured has risen to 6.\n\n"
            "15:02\nHead of the RMA: the enemy dropped two KABs on the city. Four people were injured.")
    got = claims_of(text, published="2025-03-22")
    assert cas("injured", 4, "2025-03-22", "UA-63") in got


def test_a_figure_that_is_now_the_total_is_the_latest():
    text = ("Overnight, Russia attacked Kharkiv with 11 Shahed drones. As of 07:30, the number of injured has "
            "risen to 9.\n\nUPD 09:40: one more resident has asked for medical help. The total number of people "
            "injured in the night attack is now 10.")
    got = {c for c in claims_of(text, published="2025-03-22") if c[0] == "casualties"}
    assert got == {cas("injured", 10, "2025-03-22", "UA-63")}


def test_the_one_who_was_wounded_and_died_is_killed_on_the_day_of_the_wound():
    text = ("The man who was wounded in Graivoron on Friday evening, when the town was shelled, died in "
            "intensive care this morning.")
    assert claims_of(text, published="2024-10-13") == {cas("killed", 1, "2024-10-11", "RU-BEL")}


def test_a_latest_toll_before_a_semicolon_and_an_earlier_one_after_it():
    text = ("Удар по Салтівці: рятувальники завершили розбір завалів.\n\n"
            "Загиблих уже семеро; раніше повідомлялося про п'ятьох загиблих.")
    got = claims_of(text, lang="uk", published="2026-03-12")
    assert {c[2] for c in got if c[0] == "casualties"} == {"7"}


def test_a_night_named_after_a_running_total_is_no_running_total():
    text = ("Russia's defence ministry claimed to have destroyed 3,912 Ukrainian drones in January. Its largest "
            "single claim of the month came on January 25, when it reported 193 drones destroyed overnight, "
            "41 of them over the Bryansk region.")
    got = claims_of(text, published="2026-02-12")
    assert {(c[4], c[5], c[6]) for c in got} == {("defeated", "193", "2026-01-25"), ("defeated", "41", "2026-01-25")}


def test_injuries_told_as_a_noun_in_ukrainian():
    got = claims_of("Увечері в селі Мала Данилівка Харківського району дрон влучив у зупинку — травмування "
                    "дістали п'ятеро людей.", lang="uk")
    assert cas("injured", 5, "2025-06-12", "UA-63") in got


def test_all_but_one_with_commas_in_russian_and_ukrainian():
    got = claims_of("Город атаковали двадцать два беспилотника; все, кроме одного, сбиты.", lang="ru")
    assert air("RU", "UA", "drone", "defeated", 21, "2025-06-12") in got
    got = claims_of("Місто атакували 14 безпілотників; усі, крім двох, збито.", lang="uk")
    assert air("RU", "UA", "drone", "defeated", 12, "2025-06-12") in got


def test_drones_that_went_missing_are_lost_in_russian_and_ukrainian():
    got = claims_of("Ночью противник запустил 52 дрона; ПВО сбила 30, ещё 20 «потерялись».", lang="ru")
    assert air("RU", "UA", "drone", "lost", 20, "2025-06-12") in got
    got = claims_of("Уночі ворог запустив 52 дрони; збито 30, ще 20 «загубилися».", lang="uk")
    assert air("RU", "UA", "drone", "lost", 20, "2025-06-12") in got


def test_a_toll_that_amounts_to_a_figure():
    got = claims_of("Кількість поранених, за уточненими даними, становить 31, серед них п'ятеро дітей.", lang="uk")
    assert ("casualties", "injured", "31", "2025-06-12", None) in got
    got = claims_of("Число раненых, по уточнённым данным, составляет 31.", lang="ru")
    assert ("casualties", "injured", "31", "2025-06-12", None) in got


def test_the_one_missile_named_again_with_the_is_its_hit():
    text = ("Russia launched 129 drones and an Iskander-M ballistic missile at Ukraine overnight, the air force said. "
            "Ninety-eight of the drones were shot down. The missile hit a railway depot in the Dnipropetrovsk region.")
    got = claims_of(text)
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-12") in got
    # many named again are not one
    text = "Russia launched 40 drones at Sumy overnight. The drones hit a school and a depot."
    assert {c[5] for c in claims_of(text)} == {"40"}


def test_a_bare_count_after_a_verb_of_success_continues_the_weapons_named():
    got = claims_of("Противник выпустил шесть баллистических ракет «Искандер-М»; из них сбить удалось три.", lang="ru")
    assert air("RU", "UA", "missile", "defeated", 3, "2025-06-12") in got
    got = claims_of("Ворог випустив шість балістичних ракет «Іскандер-М»; збити вдалося три.", lang="uk")
    assert air("RU", "UA", "missile", "defeated", 3, "2025-06-12") in got


def test_all_the_weapons_of_a_class_are_as_many_as_were_launched():
    got = claims_of("Росія випустила 16 ракет Х-101 та 24 дрони. Збито 14 ракет і всі дрони.", lang="uk")
    assert air("RU", "UA", "drone", "defeated", 24, "2025-06-12") in got
    got = claims_of("Russia launched 16 Kh-101 missiles and 24 drones. Air defences shot down fourteen missiles "
                    "and all the drones.")
    assert air("RU", "UA", "drone", "defeated", 24, "2025-06-12") in got


def test_a_dashed_list_item_whose_weapon_name_is_in_quotes():
    text = "Засоби ураження:\n💣 КАБ – 14;\n🛵 ударні БпЛА «Герань-2» – 6;\n🚀 ракети С-300 – 2."
    got = claims_of(text, lang="uk")
    assert air("RU", "UA", "drone", "launched", 6, "2025-06-12") in got


def test_an_unplaced_headline_figure_repeats_the_placed_one_in_the_body():
    text = ("Death toll from Russian missile strike on central Ukrainian city rises to 9\n\n"
            "The death toll from a Russian missile strike on Kremenchuk on Wednesday rose to nine on Saturday, "
            "officials said.")
    got = claims_of(text, published="2024-08-24")
    assert {c for c in got if c[0] == "casualties"} == {cas("killed", 9, "2024-08-21", "UA-53")}


def test_weapons_told_one_by_one_each_with_its_own_fate():
    text = ("Russia targeted Kremenchuk on Wednesday with a pair of Iskander-M ballistic missiles. Air defences "
            "brought down the first; the second tore into a dormitory.")
    got = claims_of(text, published="2024-08-24")
    assert air("RU", "UA", "missile", "defeated", 1, "2024-08-21", "UA-53") in got
    assert air("RU", "UA", "missile", "hit", 1, "2024-08-21", "UA-53") in got


def test_a_figure_before_a_colon_is_no_clock_time():
    got = claims_of("Кількість поранених зросла до 20: увечері дрон атакував чоловіка біля зупинки.", lang="uk")
    assert ("casualties", "injured", "20", "2025-06-12", None) in got


def test_people_a_figure_is_for_are_not_harmed():
    text = ("Двоє людей загинули. Міська рада виплатить допомогу родинам загиблих, а для 140 мешканців "
            "зруйнованого будинку облаштовують житло.")
    assert {c[2] for c in claims_of(text, lang="uk")} == {"2"}


def test_a_qualifier_with_a_negation_is_no_denial():
    got = claims_of("Губернатор уточнил, что над Лискинским районом уничтожено не менее семи БПЛА.", lang="ru")
    assert ("air_attack", "UA", "RU", "drone", "defeated", "7", "2025-06-12", "RU-VOR") in got


def test_a_live_blogs_update_revises_the_figures_before_it():
    text = ("Удар по Запоріжжю\n\n"
            "Загинули п'ятеро людей, ще сімнадцятеро поранені, повідомив начальник ОВА.\n\n"
            "Оновлено о 12:05. Кількість загиблих зросла до шести, поранених – до 24.\n\n"
            "Оновлено о 14:20. Відомо про вісьмох загиблих і 29 поранених.")
    got = {c for c in claims_of(text, lang="uk") if c[0] == "casualties"}
    assert got == {cas("killed", 8, "2025-06-12", "UA-23"), cas("injured", 29, "2025-06-12", "UA-23")}


def test_one_more_of_another_outcome_than_the_rising_toll_is_a_figure_of_its_own():
    got = claims_of("Число погибших возросло до четырёх, ещё семнадцать человек ранены.", lang="ru")
    assert ("casualties", "injured", "17", "2025-06-12", None) in got


def test_a_pronoun_alone_in_its_sentence_tells_the_fate_of_the_one_weapon():
    got = claims_of("Росіяни вдарили по Кривому Рогу ракетою «Іскандер-М». Вона влучила у будинок.", lang="uk")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-12") in got
    got = claims_of("Russia fired a Kalibr missile at Odesa. It was shot down over the sea.")
    assert air("RU", "UA", "missile", "defeated", 1, "2025-06-12", "UA-51") in got or \
        air("RU", "UA", "missile", "defeated", 1, "2025-06-12") in got


def test_the_second_attack_in_a_week_is_no_running_total():
    text = "Це вже друга масована атака за тиждень: у ніч на 7 жовтня ворог атакував Україну 152 ударними дронами."
    assert air("RU", "UA", "drone", "launched", 152, "2025-10-07") in claims_of(text, lang="uk", published="2025-10-14")


def test_a_relative_pronoun_tells_the_fate_of_the_one_weapon():
    got = claims_of("Overnight the region was attacked by a dozen drones and an Iskander-M ballistic missile, which hit "
                    "a farm on the outskirts of Sumy.")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-59") in got
    got = claims_of("Уночі ворог атакував область ракетою «Іскандер-М», яка влучила в підприємство на околиці Сум.", lang="uk")
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-12", "UA-59") in got


def test_weapons_told_one_by_one_with_one_fate_count_together():
    text = ("Russia fired two Iskander-M ballistic missiles at Odesa's Peresyp district on Monday, the air force said. "
            "The first hit a warehouse near the port; the second struck the same spot 15 minutes later, a tactic "
            "Ukrainian officials call a double tap.")
    got = claims_of(text)
    assert air("RU", "UA", "missile", "hit", 2, "2025-06-09", "UA-51") in got


def test_a_definite_weapon_first_named_with_its_hit_is_one():
    text = "The Iskander-M ballistic missile hit a square in Kryvyi Rih on Friday evening. Fourteen people were killed."
    got = claims_of(text)
    assert air("RU", "UA", "missile", "hit", 1, "2025-06-06", "UA-12") in got
    # but a missile strike is no count of missiles
    assert not [c for c in claims_of("The missile strike on Kryvyi Rih killed 14 people.") if c[0] == "air_attack"]


def test_only_between_the_verb_of_success_and_the_count():
    got = claims_of("Противник выпустил четыре ракеты «Искандер-М»; сбить удалось лишь одну.", lang="ru")
    assert air("RU", "UA", "missile", "defeated", 1, "2025-06-12") in got


def test_a_digest_day_that_heads_its_line_dates_the_night_in_it():
    text = ("Our weekly round-up, sent on Monday.\n\n"
            "WEDNESDAY 8 OCT — The worst night for the power grid this month. Overnight, Russia sent 240 drones "
            "and 18 missiles against energy sites, the air force said.\n\n"
            "FRIDAY 10 OCT — Russia's defence ministry reported shooting down 37 Ukrainian drones overnight.")
    got = claims_of(text, published="2025-10-13")
    assert air("RU", "UA", "drone", "launched", 240, "2025-10-08") in got
    assert air("UA", "RU", "drone", "defeated", 37, "2025-10-10") in got
    # in an ordinary report a date in passing leaves "overnight" on the report's own night
    got = claims_of("On 8 October Kyiv hosted talks on air defence. Overnight, Russia sent 60 drones, the air force said.",
                    published="2025-10-13")
    assert air("RU", "UA", "drone", "launched", 60, "2025-10-13") in got


def test_a_night_at_the_start_of_a_sentence_is_no_rate():
    text = ("Numbers alone say little.\n\n"
            "A night like 14 September tells more. Russia sent 310 drones and 29 missiles, four of them Kinzhals, "
            "the air force said.")
    got = claims_of(text, published="2025-10-02")
    assert air("RU", "UA", "drone", "launched", 310, "2025-09-14") in got
    assert air("RU", "UA", "missile", "launched", 29, "2025-09-14") in got
    # "150 drones a night" is one
    assert not claims_of("Russia now sends about 150 drones a night, the air force said.")


def test_a_toll_said_to_rise_before_its_figures_replaces_the_earlier_ones():
    newest_first = ("LIVE: strikes on Odesa\n\n"
                    "15:10\nOdesa toll rises again. The regional governor now says three people were killed and "
                    "19 injured in the city.\n\n"
                    "09:30\nOdesa: one person killed and seven injured so far, the governor says.")
    got = claims_of(newest_first, published="2025-11-20")
    assert cas("killed", 3, "2025-11-20", "UA-51") in got and cas("injured", 19, "2025-11-20", "UA-51") in got
    assert cas("killed", 1, "2025-11-20", "UA-51") not in got and cas("injured", 7, "2025-11-20", "UA-51") not in got
    oldest_first = ("08:05\nOdesa: one person killed and seven injured, the governor says.\n\n"
                    "12:40\nOdesa: the toll has risen. Three people killed and 19 injured, the governor says.")
    got = claims_of(oldest_first, published="2025-11-20")
    assert cas("killed", 1, "2025-11-20", "UA-51") not in got and cas("injured", 19, "2025-11-20", "UA-51") in got


def test_a_day_tally_that_leads_a_sentence_dates_the_figures_after_it():
    text = ("Russian drones attacked Kherson on Tuesday evening, injuring four people, the governor said.\n\n"
            "Over the past day, Russian forces shelled 23 settlements of the region 160 times. "
            "Aircraft dropped 11 guided aerial bombs on Beryslav and Bilozerka.")
    got = claims_of(text, published="2025-03-12")
    assert air("RU", "UA", "guided_bomb", "launched", 11, "2025-03-12", "UA-65") in got
    assert cas("injured", 4, "2025-03-11", "UA-65") in got


def test_the_enemy_is_the_other_side_of_the_body_quoted():
    text = ("Губернатор Курской области сообщил, что ночью над регионом сбиты шесть украинских беспилотников.\n\n"
            "Тем временем Россия продолжила удары по Украине. По данным Воздушных сил ВСУ, ночью противник "
            "атаковал 90 ударными БпЛА.")
    got = claims_of(text, lang="ru", published="2025-09-20")
    assert air("RU", "UA", "drone", "launched", 90, "2025-09-20") in got
    assert air("UA", "RU", "drone", "defeated", 6, "2025-09-20", "RU-KRS") in got


def test_a_side_named_in_a_gloss_after_the_figures_does_not_act():
    text = ("Россия запустила по Украине 150 ударных дронов, сообщили Воздушные силы ВСУ. По данным военных, "
            "сбиты 120 дронов, ещё 22 «локально потеряны» – так в ВСУ называют дроны, исчезнувшие с радаров.")
    got = claims_of(text, lang="ru", published="2025-07-26", source="digest")
    assert air("RU", "UA", "drone", "defeated", 120, "2025-07-26") in got
    assert air("RU", "UA", "drone", "lost", 22, "2025-07-26") in got


def test_a_day_written_as_an_ordinal_word():
    got = claims_of("Восьмого февраля баллистическая ракета попала в пятиэтажку в Кривом Роге.", lang="ru",
                    published="2026-02-14")
    assert air("RU", "UA", "missile", "hit", 1, "2026-02-08", "UA-12") in got
    got = claims_of("Двадцять четвертого лютого російський дрон влучив у будинок у Сумах.", lang="uk", published="2026-03-02")
    assert air("RU", "UA", "drone", "hit", 1, "2026-02-24", "UA-59") in got


def test_a_live_feed_keeps_each_incidents_latest_toll():
    text = ("Zaporizhzhia regional administration | channel\n\n"
            "09:05\nA missile struck an industrial site in Zaporizhzhia. Two people were killed and six injured.\n\n"
            "11:40\nZaporizhzhia: three people were killed and 14 injured, the governor says.\n\n"
            "13:15\nIn Vasylivka district, a drone hit a car. Two people were injured.\n\n"
            "16:30\nZaporizhzhia: the governor now reports four dead and 17 injured.")
    got = claims_of(text, published="2025-11-20")
    tolls = {c for c in got if c[0] == "casualties"}
    assert cas("killed", 4, "2025-11-20", "UA-23") in tolls and cas("injured", 17, "2025-11-20", "UA-23") in tolls
    assert not {cas("killed", 2, "2025-11-20", "UA-23"), cas("killed", 3, "2025-11-20", "UA-23"),
                cas("injured", 6, "2025-11-20", "UA-23"), cas("injured", 14, "2025-11-20", "UA-23")} & tolls
    assert cas("injured", 2, "2025-11-20", "UA-23") in tolls  # another incident, in another town


def test_that_night_then_before_dawn_is_the_same_night():
    text = ("A feature, a week on.\n\n"
            "On 3 March a drone hit a school in Sumy. That night, Russia launched 96 drones, the air force said. "
            "The regional administration said nine drones had been downed over the region before dawn.")
    got = claims_of(text, published="2025-03-10")
    assert air("RU", "UA", "drone", "defeated", 9, "2025-03-03", "UA-59") in got
    # with no night named before, "before dawn" is the report's own night
    got = claims_of("The regional administration said nine drones had been downed over the Sumy region before dawn.",
                    published="2025-03-10")
    assert air("RU", "UA", "drone", "defeated", 9, "2025-03-10", "UA-59") in got


def test_one_as_a_word_in_a_per_region_list():
    text = ("On-duty air defence systems destroyed 30 Ukrainian UAVs overnight:\n"
            "22 over the territory of the Kursk region,\n"
            "seven over the territory of the Oryol region,\n"
            "and one over the territory of the Lipetsk region.")
    got = claims_of(text, source="defence_ministry")
    assert air("UA", "RU", "drone", "defeated", 1, "2025-06-12", "RU-LIP") in got


def test_this_night_with_an_attack_moves_the_story_to_the_reports_night():
    text = ("Кількість загиблих унаслідок удару по Харкову 8 листопада зросла до дев'яти.\n\n"
            "Також цієї ночі росіяни атакували Харків ударними дронами. За словами міського голови, "
            "щонайменше три дрони влучили в приватний сектор.")
    got = claims_of(text, lang="uk", published="2025-11-10")
    assert air("RU", "UA", "drone", "hit", 3, "2025-11-10", "UA-63") in got


def test_a_day_tally_after_a_speakers_label_dates_the_figures_after_it():
    text = ("Херсон. Удень 23 вересня російський дрон скинув вибухівку на маршрутку. Поранено трьох пасажирів.\n\n"
            "Генштаб ЗСУ: минулої доби на фронті відбулося 150 бойових зіткнень. Противник завдав 60 авіаційних "
            "ударів, скинувши 110 керованих авіабомб.")
    got = claims_of(text, lang="uk", published="2025-09-24")
    assert air("RU", "UA", "guided_bomb", "launched", 110, "2025-09-24") in got


def test_defeat_as_a_noun_and_a_weeks_results_heading():
    got = claims_of("Воздушные силы сообщили об обезвреживании 25 из 30 целей.", lang="ru")
    assert air("RU", "UA", "any", "defeated", 25, "2025-06-12") in got
    assert not claims_of("Итоги недели: средствами ПВО сбиты 900 беспилотников", lang="ru", source="defence_ministry")


def test_a_list_of_district_adjectives_names_no_towns():
    text = "Ночью враг атаковал Харьков ударными БпЛА. Зафиксировано пять попаданий – в Слободском и Основянском районах."
    got = claims_of(text, lang="ru", published="2025-12-02")
    assert air("RU", "UA", "drone", "hit", 5, "2025-12-02", "UA-63") in got


def test_a_town_named_as_a_bearing_is_not_where_it_happened():
    text = ("In Balashikha, a town east of Moscow, a drone struck a warehouse overnight, the Moscow regional "
            "governor said. Two workers were injured.")
    got = claims_of(text, published="2025-03-11")
    assert air("UA", "RU", "drone", "hit", 1, "2025-03-11", "RU-MOS") in got
    assert cas("injured", 2, "2025-03-11", "RU-MOS") in got
    alone = claims_of("Вночі дрон влучив у склад за 20 км на південь від Києва, поранено двох людей.", lang="uk",
                      published="2025-03-11")
    assert cas("injured", 2, "2025-03-11", "UA-32") in alone


def test_one_as_a_number_before_a_casualty_word():
    got = claims_of("Missile hits warehouse in Sumy region: one dead, 11 injured", published="2024-06-20")
    assert cas("killed", 1, "2024-06-20", "UA-59") in got
    assert cas("injured", 11, "2024-06-20", "UA-59") in got


def test_the_group_a_count_is_taken_from_gives_its_outcome():
    text = ("Nine people were killed and 30 injured in the strike on Sumy. Among the dead were three children, "
            "and four of the injured are children, the governor said.")
    got = {(c.outcome, c.count, c.population) for c in extract(Document(text=text, lang="en", published=date(2024, 5, 2)))
           if c.kind == "casualties"}
    assert ("killed", 3, "children") in got
    assert ("injured", 4, "children") in got
    assert ("injured", 3, "children") not in got and ("killed", 4, "children") not in got


def test_a_headline_figure_placed_by_the_body_in_one_of_its_towns():
    text = ("Blasts in Sevastopol and Saky: two dead as Russia says drones downed over Crimea\n\n"
            "Two men were killed by falling debris in Sevastopol overnight, the Moscow-installed governor said.")
    got = claims_of(text, published="2025-07-02")
    assert [c for c in got if c[0] == "casualties"] == [cas("killed", 2, "2025-07-02", "UA-40")]


def test_the_verb_after_a_relative_clause_is_what_was_done_to_the_weapons():
    got = claims_of("All nine drones that attacked the Poltava region overnight were shot down, the governor said.")
    assert air("RU", "UA", "drone", "defeated", 9, "2025-06-12", "UA-53") in got


def test_carrying_after_the_weapon_tells_of_something_else():
    got = claims_of("A Russian drone struck a bus carrying workers in the Kherson region on Wednesday.")
    assert air("RU", "UA", "drone", "hit", 1, "2025-06-11", "UA-65") in got
    assert not [c for c in claims_of("Russia sent four Tu-95 bombers carrying 24 cruise missiles.") if c[0] == "air_attack"]


def test_a_seven_day_figure_is_a_running_total():
    assert not claims_of("1,030 drones were launched at Ukraine over the past seven days, the air force said.")


def test_all_the_missiles_of_a_type_are_as_many_as_were_launched():
    text = ("Overnight Russia launched 12 missiles: 8 Kalibr cruise missiles and 4 Iskander-M ballistic missiles. "
            "Air defence shot down 9 missiles, including all the Kalibrs.")
    got = {(c.metric, c.weapon_type, c.count) for c in extract(Document(text=text, lang="en", published=date(2025, 6, 12)))
           if c.kind == "air_attack"}
    assert ("defeated", "Kalibr", 8) in got
    assert ("defeated", "Kalibr", 4) not in got


def test_a_night_looked_back_to_is_not_the_nights_of_the_story():
    text = ("On the night into Saturday (8 March), Russia fired 140 drones at Ukraine, the air force said.\n\n"
            "The heaviest raid so far, 300 drones, came on the night of 4 January last year.\n\n"
            "Moscow's defence ministry said on Sunday that it had destroyed 22 Ukrainian drones overnight.")
    got = claims_of(text, published="2025-03-09")
    assert air("UA", "RU", "drone", "defeated", 22, "2025-03-09") in got


def test_a_where_clause_is_in_the_place_before_it():
    got = claims_of("The main target was the Kharkiv region, where air defence destroyed 17 drones, the governor said.")
    assert air("RU", "UA", "drone", "defeated", 17, "2025-06-12", "UA-63") in got


def test_a_toll_revises_its_own_incident_not_another_towns():
    text = ("18:30\nThe death toll in Odesa has risen to four. In total 16 people were injured in the city, the "
            "regional administration says.\n\n"
            "12:40\nA drone hit a grain ship at the port of Izmail overnight, the regional governor says. Three sailors "
            "were injured.\n\n"
            "09:15\nThree people were killed and ten injured in Odesa, according to updated figures.\n\n"
            "06:50\nOne person killed and five injured in Odesa, the governor says.")
    got = claims_of(text, published="2025-12-05")
    assert cas("injured", 3, "2025-12-05", "UA-51") in got
    assert cas("injured", 16, "2025-12-05", "UA-51") in got
    assert cas("injured", 10, "2025-12-05", "UA-51") not in got


def test_the_capital_and_its_name_are_one_city_for_a_toll():
    text = ("13:10\nКМВА уточнює: у Києві загинули четверо людей, поранено 19.\n\n"
            "08:45\nКількість загиблих у столиці зросла до двох, поранених – до дев'яти.\n\n"
            "06:40\nУ Києві лунають вибухи. Працює ППО.")
    got = claims_of(text, lang="uk", published="2026-02-07")
    assert cas("killed", 4, "2026-02-07", "UA-30") in got
    assert cas("killed", 2, "2026-02-07", "UA-30") not in got


def test_a_figure_that_corrects_one_named_after_it():
    text = ("Kyiv: 7 injured in the Obolonskyi district, according to preliminary information.\n\n"
            "The city administration has corrected its figure: five people were injured in the capital, not seven as "
            "reported this morning.")
    got = claims_of(text, published="2025-02-19")
    assert cas("injured", 5, "2025-02-19", "UA-30") in got
    assert cas("injured", 7, "2025-02-19", "UA-30") not in got


def test_an_earlier_attack_told_with_its_own_dead_does_not_date_the_toll():
    text = ("Кількість загиблих у столиці зросла до п'яти, повідомив начальник КМВА.\n\n"
            "Це друга атака на Київ цього місяця. У ніч на 3 березня Росія атакувала Україну 150 дронами, тоді в Києві "
            "загинула одна людина.")
    got = claims_of(text, lang="uk", published="2026-03-10")
    assert cas("killed", 5, "2026-03-10", "UA-30") in got
    assert cas("killed", 1, "2026-03-03", "UA-30") in got


def test_a_death_in_intensive_care_days_later_keeps_the_attack_day():
    text = ("Число погибших в результате удара по Днепру в пятницу, 7 марта, выросло до девяти. Об этом в понедельник "
            "сообщил глава ОВА. Ещё в воскресенье речь шла о восьми погибших: ночью в реанимации скончался "
            "50-летний мужчина.\n\n"
            "Всего пострадали 40 человек, в том числе трое детей.")
    got = claims_of(text, lang="ru", published="2025-03-10")
    assert cas("killed", 9, "2025-03-07", "UA-12") in got
    assert cas("injured", 40, "2025-03-07", "UA-12") in got
    assert not [c for c in got if c[3] == "2025-03-10"]


def test_a_two_day_figure_and_a_detail_after_a_colon():
    assert not claims_of("За двое суток над Подмосковьем сбили более 90 беспилотников.", lang="ru")
    text = ("В ночь на 21 мая мэр отчитался об уничтожении 25 БПЛА, летевших на Москву: первые сообщения появились "
            "около 23:00 вторника.")
    got = claims_of(text, lang="ru", published="2025-05-21")
    assert [c[6] for c in got if c[0] == "air_attack"] == ["2025-05-21"]


def test_over_the_countrys_regions_is_no_region_named_before():
    text = ("В ночь на воскресенье Курскую область атаковали 12 беспилотников – все они сбиты, сообщил губернатор.\n\n"
            "По данным Минобороны, всего за ночь над регионами страны уничтожены 58 беспилотников.")
    got = claims_of(text, lang="ru", published="2025-12-07")
    assert air("UA", "RU", "drone", "defeated", 58, "2025-12-07") in got


def test_a_total_before_its_breakdown_by_region_has_no_region():
    text = ("Минобороны заявило, что над территорией Республики Крым сбиты три ракеты ATACMS, а также уничтожены "
            "15 беспилотников: 10 – над Крымом, пять – над акваторией Чёрного моря.")
    got = claims_of(text, lang="ru", published="2024-07-14")
    assert air("UA", "RU", "drone", "defeated", 15, "2024-07-14") in got
    assert air("UA", "RU", "drone", "defeated", 10, "2024-07-14", "UA-43") in got


def test_a_list_of_districts_in_a_city_is_not_a_namesake_district_elsewhere():
    text = ("Харьков снова атакуют ударные беспилотники. "
            "Зафиксировано восемь прилётов в Холодногорском и Слободском районах, ранены три человека.")
    got = claims_of(text, lang="ru", published="2025-05-06")
    assert air("RU", "UA", "drone", "hit", 8, "2025-05-06", "UA-63") in got
    assert cas("injured", 3, "2025-05-06", "UA-63") in got


def test_the_southern_defence_forces_speak_for_ukraine():
    got = claims_of("Над півднем за минулу добу знищено 35 ударних БпЛА, повідомили Сили оборони півдня України.",
                    lang="uk", published="2024-12-21")
    assert air("RU", "UA", "drone", "defeated", 35, "2024-12-21") in got


def test_a_headline_figure_the_body_gives_as_a_running_total():
    text = ("June in figures: more than 5,200 drones and almost 170 missiles\n\n"
            "In June, Russia launched more than 5,200 drones and almost 170 missiles at Ukraine, according to air "
            "force data compiled by the newspaper.")
    assert not [c for c in claims_of(text, published="2025-07-01") if c[0] == "air_attack"]


def test_the_kyiv_city_administration_by_its_initials_names_the_city():
    text = ("Київщина. Начальник ОВА: у Бучанському районі уламки дрона пошкодили будинок, поранено жінку.\n\n"
            "Голова КМВА: загинули двоє людей, поранено дев'ятеро.")
    got = claims_of(text, lang="uk", published="2026-01-29")
    assert cas("killed", 2, "2026-01-29", "UA-30") in got
    assert cas("injured", 9, "2026-01-29", "UA-30") in got


def test_days_after_an_attack_count_back_from_the_report():
    text = ("Three days after a Russian missile struck a hospital in Dnipro, officials put the toll at 14 dead "
            "on Friday.")
    got = claims_of(text, published="2025-03-14")
    assert cas("killed", 14, "2025-03-11", "UA-12") in got
    got = claims_of("Чотири дні тому російська ракета влучила в Суми: загинули семеро людей.", lang="uk",
                    published="2025-04-17")
    assert cas("killed", 7, "2025-04-13", "UA-59") in got


def test_a_pronoun_makes_the_body_named_before_the_speaker_again():
    text = ("Russia's defence ministry claimed to have destroyed more than 2,000 Ukrainian drones in March. "
            "Its largest claim came on March 14, when it reported 150 drones destroyed overnight.")
    got = claims_of(text, published="2025-04-02")
    assert air("UA", "RU", "drone", "defeated", 150, "2025-03-14") in got


def test_a_strike_named_as_a_noun_is_not_what_the_weapons_did():
    got = claims_of("Before dawn, Russia launched what officials called the largest strike on the grid this winter: "
                    "60 missiles and 150 drones, the air force said.")
    assert air("RU", "UA", "missile", "launched", 60, "2025-06-12") in got
    assert air("RU", "UA", "drone", "launched", 150, "2025-06-12") in got


def test_a_death_in_intensive_care_keeps_the_story_on_the_attack_day():
    text = ("The toll from Friday's missile strike on Dnipro has risen to 12, officials said on Monday. A woman pulled "
            "from the rubble died in intensive care on Sunday.\n\n"
            "Russia fired two Iskander-M missiles at the city shortly after 6 p.m., and both hit a residential block.")
    got = claims_of(text, published="2025-03-17")
    assert air("RU", "UA", "missile", "hit", 2, "2025-03-14", "UA-12") in got


def test_overnight_into_the_reports_day_ends_an_earlier_night():
    text = ("On the night into Sunday, March 16, Russia sent 150 drones against Ukraine, the air force said.\n\n"
            "Overnight into Monday, Russia launched 120 drones. In the Odesa region, a drone struck a warehouse during "
            "the night, wounding a guard.")
    got = claims_of(text, published="2025-03-17")
    assert air("RU", "UA", "drone", "hit", 1, "2025-03-17", "UA-51") in got


def test_a_live_feeds_labelled_entry_keeps_the_labels_place():
    text = ("LIVE | Odesa under attack: updates\n\n"
            "14:10 Governor: Russian forces hit a shopping centre in Odesa with two missiles. Three people killed.\n\n"
            "15:30 Shopping centre: the death toll has risen to five, the governor says.\n\n"
            "17:05 Across the border, the Kursk governor says a Ukrainian drone injured a man in Rylsk.\n\n"
            "19:40 Shopping centre: seven dead, 30 injured, the governor says.")
    got = claims_of(text, published="2024-05-25")
    assert cas("killed", 7, "2024-05-25", "UA-51") in got
    assert cas("injured", 30, "2024-05-25", "UA-51") in got


def test_a_town_a_village_is_near_lies_in_the_region_just_named():
    text = ("The worst strike was in the Lviv region in the west, where a missile hit houses in a village near "
            "Zolochiv, killing four people, the governor said.")
    got = claims_of(text, published="2023-03-09")
    assert air("RU", "UA", "missile", "hit", 1, "2023-03-09", "UA-46") in got
    assert cas("killed", 4, "2023-03-09", "UA-46") in got


def test_a_country_that_struck_is_the_actor_not_the_scope():
    text = ("At about 10:30, the Russian Federation struck the port of Mykolaiv with two Iskander-M missiles. One "
            "missile was shot down. The second hit a warehouse.")
    got = claims_of(text, published="2024-10-10")
    assert air("RU", "UA", "missile", "defeated", 1, "2024-10-10", "UA-48") in got
    assert air("RU", "UA", "missile", "hit", 1, "2024-10-10", "UA-48") in got


def test_a_headline_figure_the_body_spreads_over_two_regions():
    text = ("Thirty-one glide bombs in a day: Krasnopillia school hit\n\n"
            "Russian aircraft dropped 31 guided aerial bombs on the Kharkiv and Sumy regions on Saturday, the air "
            "force said. One of them hit a school in Krasnopillia.")
    got = [c for c in claims_of(text, published="2025-05-04") if c[4] == "launched"]
    assert got == [air("RU", "UA", "guided_bomb", "launched", 31, "2025-05-03")]


def test_a_regional_headquarters_statement_speaks_of_its_region():
    text = ("Оперативный штаб Краснодарского края | Официальный канал\n\n"
            "В Славянском районе силами ПВО сбиты два беспилотника, обломки упали на поле.")
    got = claims_of(text, lang="ru", published="2025-09-14", source="official_statement")
    assert air("UA", "RU", "drone", "defeated", 2, "2025-09-14", "RU-KDA") in got


def test_took_lives_counts_the_dead_and_the_district_refers_back():
    got = claims_of("Удар по Шосткинской громаде Сумской области унёс жизни трёх человек.", lang="ru",
                    published="2024-11-08")
    assert cas("killed", 3, "2024-11-08", "UA-59") in got
    text = ("Число погибших в результате удара по Киевскому району Харькова выросло до четырёх. "
            "Днём россияне сбросили на район три авиабомбы.")
    got = claims_of(text, lang="ru", published="2024-11-08")
    assert air("RU", "UA", "guided_bomb", "launched", 3, "2024-11-08", "UA-63") in got


def test_a_launcher_and_its_place_are_where_missiles_came_from():
    text = ("Вибухи в Чорноморську. Противник ударив по місту двома ракетами «Онікс» з берегового комплексу «Бастіон» "
            "в окупованому Криму. Одна з ракет влучила у склад.")
    got = claims_of(text, lang="uk", published="2023-08-16")
    assert air("RU", "UA", "missile", "launched", 2, "2023-08-16", "UA-51") in got
    assert air("RU", "UA", "missile", "hit", 1, "2023-08-16", "UA-51") in got


def test_a_total_before_a_list_that_opens_with_an_aside_and_the_mod_by_initials():
    got = claims_of("За даними Міноборони РФ, загалом за ніч збито 40 БпЛА: окрім Криму, 10 – над Краснодарським краєм "
                    "і 6 – над Азовським морем.", lang="uk", published="2024-05-16")
    assert air("UA", "RU", "drone", "defeated", 40, "2024-05-16") in got
    got = claims_of("Читайте також: 15 травня над Кримом збили 3 ракети ATACMS – МО РФ", lang="uk", published="2024-05-16")
    assert air("UA", "RU", "missile", "defeated", 3, "2024-05-15", "UA-43") in got


def test_hits_at_several_locations_have_no_region():
    text = ("Обидві балістичні ракети влучили по об'єктах у Дніпропетровській області. Крім того, зафіксовано "
            "влучання 21 ударного БпЛА на 9 локаціях.")
    got = claims_of(text, lang="uk", published="2025-03-22")
    assert air("RU", "UA", "drone", "hit", 21, "2025-03-22") in got


def test_more_than_on_any_other_night_since_the_invasion_is_one_nights_figure():
    got = claims_of("В ночь на 9 июля Россия выпустила по Украине 600 беспилотников — больше, чем за любую другую ночь "
                    "с начала вторжения.", lang="ru", published="2025-07-09")
    assert air("RU", "UA", "drone", "launched", 600, "2025-07-09") in got
    got = claims_of("Russia launched 600 drones overnight, more than on any other night since the start of the invasion.",
                    published="2025-07-09")
    assert air("RU", "UA", "drone", "launched", 600, "2025-07-09") in got


def test_a_place_after_a_semicolon_belongs_to_the_next_clause():
    text = ("Over the Volyn region, 2 Kh-101 missiles and 14 drones were destroyed; mobile fire groups in the Kyiv "
            "region shot down 33 UAVs.")
    got = claims_of(text, published="2025-10-19")
    assert air("RU", "UA", "drone", "defeated", 33, "2025-10-19", "UA-32") in got


def test_aiming_mainly_at_a_city_and_the_first_months_of_a_year():
    got = claims_of("On the night into 28 September, Russia launched 500 drones, aiming mainly at Kyiv and the west.",
                    published="2025-10-06")
    assert air("RU", "UA", "drone", "launched", 500, "2025-09-28") in got
    assert not claims_of("In the first nine months of 2025, Russia sent more than 40,000 drones at Ukraine.",
                         published="2025-10-06")


def test_overnight_after_a_fronted_day_of_saying_is_the_night_before_it():
    text = ("On Saturday, the Russian defence ministry said its units had downed 27 Ukrainian drones overnight, "
            "nine of them over the Kursk region.")
    got = claims_of(text, published="2024-08-12")
    assert air("UA", "RU", "drone", "defeated", 27, "2024-08-10") in got
    assert air("UA", "RU", "drone", "defeated", 9, "2024-08-10", "RU-KRS") in got
    # a fronted day with no reporting verb is the attack's own
    got = claims_of("On Saturday, Russia launched 40 drones at Ukraine, the governor said.", published="2024-08-12")
    assert air("RU", "UA", "drone", "launched", 40, "2024-08-10") in got


def test_a_period_in_an_aside_on_the_toll_does_not_make_a_running_total():
    text = "The toll, which climbed over the weekend, has reached 17 dead and 42 injured, the mayor said on Monday."
    got = claims_of(text, published="2024-04-08")
    assert cas("killed", 17, "2024-04-08") in got and cas("injured", 42, "2024-04-08") in got
    assert not claims_of("Russia launched 900 drones over the weekend, the air force said.", published="2024-04-08")


def test_a_ratio_of_every_ten_is_no_attack():
    assert not claims_of("Of every ten Shaheds that fly at the city, we shoot down eight or nine, an officer said.",
                         published="2024-03-18")
    assert not claims_of("З кожних десяти «шахедів» ми збиваємо вісім, сказав офіцер.", lang="uk", published="2024-03-18")
    assert not claims_of("Из каждых десяти «шахедов» мы сбиваем восемь, сказал офицер.", lang="ru", published="2024-03-18")


def test_known_to_be_injured_and_believed_to_have_died():
    text = "The toll in the Odesa region has climbed to six, and 14 people are now known to be injured, the governor said."
    got = claims_of(text, published="2024-11-18")
    assert cas("killed", 6, "2024-11-18", "UA-51") in got and cas("injured", 14, "2024-11-18", "UA-51") in got
    got = claims_of("In Sumy, three people are believed to have died when a missile hit a bus.", published="2024-11-18")
    assert cas("killed", 3, "2024-11-18", "UA-59") in got


def test_a_country_that_owns_the_region_leaves_the_region_its_place():
    got = claims_of("Two Ukrainian drones were shot down over Russia's Lipetsk region overnight.", published="2025-05-03")
    assert air("UA", "RU", "drone", "defeated", 2, "2025-05-03", "RU-LIP") in got
    got = claims_of("In Ukraine's Sumy region, air defences destroyed five drones.", published="2025-05-03")
    assert air("RU", "UA", "drone", "defeated", 5, "2025-05-03", "UA-59") in got


def test_of_them_after_a_total_and_its_parts_counts_the_total():
    text = ("Overnight Russia sent 210 aerial targets against Ukraine: 14 missiles and 196 drones. "
            "Air defences destroyed 171 of them, the air force said.")
    got = claims_of(text, published="2025-02-20")
    assert air("RU", "UA", "any", "defeated", 171, "2025-02-20") in got


def test_casualties_across_a_list_of_regions_have_no_region():
    text = "Russian strikes killed three civilians and wounded 11 across the Sumy, Kharkiv and Donetsk regions on Friday."
    got = claims_of(text, published="2024-09-14")
    assert cas("killed", 3, "2024-09-13") in got and cas("injured", 11, "2024-09-13") in got


def test_a_capitals_claim_is_its_governments_and_an_s_200_is_a_missile():
    text = "A navy spokesman disputed Moscow's claim of nine interceptions and said only three Ukrainian missiles were shot down."
    got = claims_of(text, published="2023-09-14")
    assert air("UA", "RU", "missile", "defeated", 3, "2023-09-14") in got
    got = claims_of("Air defences also shot down a modified S-200 missile over Crimea.", published="2023-09-14")
    assert air("UA", "RU", "missile", "defeated", 1, "2023-09-14", "UA-43") in got


def test_and_one_was_injured():
    got = claims_of("In the Sumy region, two people were killed and one was injured overnight.", published="2025-04-22")
    assert cas("killed", 2, "2025-04-22", "UA-59") in got and cas("injured", 1, "2025-04-22", "UA-59") in got


def test_a_country_attacked_with_drones_is_their_scope_not_the_next_figures_region():
    text = "Russia attacked Ukraine overnight with 64 drones and fired three missiles at the Poltava region."
    got = claims_of(text, published="2025-04-22")
    assert air("RU", "UA", "drone", "launched", 64, "2025-04-22") in got
    assert air("RU", "UA", "missile", "launched", 3, "2025-04-22", "UA-53") in got


def test_a_live_feeds_running_total_covers_its_earlier_entries():
    text = ("Night of drones over the capital\n\n"
            "00:20\nMayor: air defences have downed a drone approaching Moscow.\n\n"
            "01:05\nMayor: two more drones destroyed on approach to the capital.\n\n"
            "02:30\nMayor: in total, seven drones flying towards Moscow have been shot down since midnight.\n\n"
            "03:10\nTula governor: a drone was shot down over the Tula region.\n")
    got = claims_of(text, published="2025-05-11")
    air_figures = {c for c in got if c[0] == "air_attack"}
    assert air("UA", "RU", "drone", "defeated", 7, "2025-05-11") in air_figures
    assert air("UA", "RU", "drone", "defeated", 1, "2025-05-11", "RU-TUL") in air_figures
    assert len(air_figures) == 2


def test_a_site_placed_before_places_a_later_strike_on_it():
    text = ("Toll from the strike on a Dnipro shopping mall rises to nine\n\n"
            "Nine people are now known to have died after Russian missiles hit a shopping mall in Dnipro on Friday.\n\n"
            "Investigators say a Russian bomber fired two Kh-22 missiles at the mall shortly after noon.")
    got = claims_of(text, published="2024-06-03")
    assert air("RU", "UA", "missile", "launched", 2, "2024-05-31", "UA-12") in got


def test_the_russian_ministry_reporting_drones_over_a_region_reports_them_downed():
    got = claims_of("Минобороны России сообщило о 18 беспилотниках над Курской областью.", lang="ru", published="2025-05-11")
    assert air("UA", "RU", "drone", "defeated", 18, "2025-05-11", "RU-KRS") in got
    got = claims_of("Російське міністерство повідомило про двадцять два збиті дрони.", lang="uk", published="2025-05-11")
    assert air("UA", "RU", "drone", "defeated", 22, "2025-05-11") in got


def test_the_dead_now_number_two():
    got = claims_of("У Херсоні загиблих тепер троє, повідомила ОВА.", lang="uk", published="2023-07-20")
    assert cas("killed", 3, "2023-07-20", "UA-65") in got
    got = claims_of("В Херсоне погибших теперь трое.", lang="ru", published="2023-07-20")
    assert cas("killed", 3, "2023-07-20", "UA-65") in got


def test_a_summary_after_several_regions_tolls_has_no_region_and_all_targets_hit_is_no_figure():
    text = ("У Полтаві загинула одна людина. На Сумщині загинули двоє. У Києві поранено трьох людей.\n\n"
            "Загалом унаслідок атаки загинули щонайменше п'ятеро людей, понад 20 поранено.\n\n"
            "Міноборони РФ заявило, що всі цілі уражено.")
    got = claims_of(text, lang="uk", published="2024-08-26")
    assert cas("killed", 5, "2024-08-26") in got and cas("injured", 20, "2024-08-26") in got
    assert not [c for c in got if c[0] == "air_attack"]


def test_a_missile_and_bombs_in_a_list_of_means_is_no_single_weapon():
    got = claims_of("Ворог понад 30 разів атакував три громади району – дронами, артилерією, ракетою та авіабомбами.",
                    lang="uk", published="2026-03-04")
    assert not [c for c in got if c[0] == "air_attack"]


def test_a_region_adjective_before_a_refinery_places_it():
    got = claims_of("За даними джерела, рязанський НПЗ атакували 12 дронів.", lang="uk", published="2024-03-16")
    assert air("UA", "RU", "drone", "launched", 12, "2024-03-16", "RU-RYA") in got
    got = claims_of("По данным источника, саратовский НПЗ атаковали 9 беспилотников.", lang="ru", published="2024-03-16")
    assert air("UA", "RU", "drone", "launched", 9, "2024-03-16", "RU-SAR") in got


def test_a_side_that_owns_the_ground_struck_is_the_target():
    text = "Під ударом і українське прикордоння: уночі росіяни атакували Сумщину трьома ракетами С-300."
    got = claims_of(text, lang="uk", published="2024-03-16")
    assert air("RU", "UA", "missile", "launched", 3, "2024-03-16", "UA-59") in got


def test_a_live_feeds_earlier_toll_does_not_swallow_a_later_entrys_new_incident():
    text = ("Удар по Сумах: онлайн\n\n"
            "10:05\nКількість поранених у Сумах зросла до 19.\n\n"
            "15:40\nСили ППО збили два дрони.\n\n"
            "21:30\nУвечері росіяни скинули на громаду три керовані авіабомби. Поранено двох людей.\n")
    got = claims_of(text, lang="uk", published="2024-10-22")
    assert cas("injured", 19, "2024-10-22", "UA-59") in got and cas("injured", 2, "2024-10-22", "UA-59") in got
    # latest entry on top: the top toll revises the one below it
    text = ("Удар по Сумах: онлайн\n\n"
            "21:30\nКількість поранених у Сумах зросла до 19.\n\n"
            "15:40\nСили ППО збили два дрони.\n\n"
            "10:05\nУ Сумах поранено сімох людей.\n")
    got = claims_of(text, lang="uk", published="2024-10-22")
    assert cas("injured", 19, "2024-10-22", "UA-59") in got and cas("injured", 7, "2024-10-22", "UA-59") not in got


def test_the_night_into_wednesday_in_ukrainian():
    got = claims_of("У ніч проти середи росіяни запустили 40 дронів, серед них 25 «шахедів».", lang="uk",
                    published="2023-09-14")
    assert air("RU", "UA", "drone", "launched", 40, "2023-09-13") in got


def test_a_capital_aimed_at_is_no_actor_and_an_appointing_country_no_scope():
    got = claims_of("В ночь на 11 февраля по Киеву выпустили девять баллистических ракет.", lang="ru", published="2026-02-14")
    assert air("RU", "UA", "missile", "launched", 9, "2026-02-11", "UA-30") in got
    text = ("▪️ Оккупированная Херсонская область. Назначенный Россией губернатор заявил, что украинский беспилотник "
            "атаковал автобус: погибли два человека.")
    got = claims_of(text, lang="ru", published="2026-02-14")
    assert cas("killed", 2, "2026-02-14", "UA-65") in got


def test_a_speaker_named_in_a_headline_is_not_the_texts_voice():
    text = ("Главное за день: удары по Сумам, заявление Балицкого\n"
            "14.02.2026 · Дайджест\n\n"
            "▪️ Генштаб ВСУ: за сутки противник совершил более 3 000 обстрелов.\n\n"
            "▪️ Сумы. Днём россияне атаковали город тремя ударными дронами.")
    got = claims_of(text, lang="ru", published="2026-02-14")
    assert air("RU", "UA", "drone", "launched", 3, "2026-02-14", "UA-59") in got


def test_a_live_feed_whose_times_follow_a_marker():
    text = ("Город онлайн\n\n"
            "🔴 11:40\nВ Харькове погибли три человека, ранены 14.\n\n"
            "🔴 09:15\nЧисло раненых в Харькове выросло до 11, двое погибших.\n\n"
            "🔴 06:30\nВ Харькове горят дома. Предварительно — трое пострадавших.\n")
    got = claims_of(text, lang="ru", published="2024-02-10")
    casualties = {c for c in got if c[0] == "casualties"}
    assert casualties == {cas("killed", 3, "2024-02-10", "UA-63"), cas("injured", 14, "2024-02-10", "UA-63")}


def test_drones_downed_on_approach_to_the_speakers_city_have_no_region():
    got = claims_of("Мэр Москвы уточнил, что на подлёте к городу были сбиты 7 беспилотников.", lang="ru", published="2025-05-07")
    assert air("UA", "RU", "drone", "defeated", 7, "2025-05-07") in got


def test_a_place_before_the_acting_country_belongs_to_another_clause():
    got = claims_of("Ночная атака: в Одессе погибли двое, Россия выпустила 52 средства воздушного нападения", lang="ru",
                    published="2024-07-19")
    assert air("RU", "UA", "any", "launched", 52, "2024-07-19") in got


def test_a_class_named_again_just_before_bare_counts_is_their_antecedent():
    text = ("Обезврежены 210 целей — 196 дронов и 14 ракет; из числа дронов 150 сбиты, а 46 подавлены средствами РЭБ.")
    got = claims_of(text, lang="ru", published="2026-04-05")
    assert air("RU", "UA", "drone", "defeated", 150, "2026-04-05") in got
    assert air("RU", "UA", "drone", "lost", 46, "2026-04-05") in got


def test_a_next_day_confirmation_keeps_the_attacks_night_and_a_lower_case_governors_region():
    text = ("В ночь на 20 октября над Саратовом были сбиты более 20 БПЛА.\n\n"
            "Генштаб ВСУ на следующий день подтвердил удар по Саратовскому НПЗ, заявив, что в атаке участвовали около 40 дронов.")
    got = claims_of(text, lang="ru", published="2025-10-23")
    assert air("UA", "RU", "drone", "launched", 40, "2025-10-20", "RU-SAR") in got
    text = "Днём в среду, по словам волгоградского губернатора, над Калачёвским районом сбиты два беспилотника."
    got = claims_of(text, lang="ru", published="2025-10-23")
    assert air("UA", "RU", "drone", "defeated", 2, "2025-10-22", "RU-VGG") in got


def test_of_them_in_the_sentence_of_a_total_and_its_parts():
    text = ("The air force tracked 310 aerial targets, 290 drones and 20 missiles, and reported the downing of 265 "
            "of them.")
    got = claims_of(text, published="2025-03-14")
    assert air("RU", "UA", "any", "defeated", 265, "2025-03-14") in got
    text = "Знешкоджено 250 цілей: 12 ракет і 238 дронів, з них 200 збито, ще 38 локаційно втрачено."
    got = claims_of(text, lang="uk", published="2025-10-10")
    assert air("RU", "UA", "drone", "defeated", 200, "2025-10-10") in got
    assert air("RU", "UA", "drone", "lost", 38, "2025-10-10") in got


def test_a_verb_in_an_earlier_items_brackets_does_not_govern_the_next_item():
    text = "Among the missiles were 40 Kh-101 cruise missiles (35 shot down) and 12 Kalibr missiles (nine shot down)."
    got = claims_of(text, published="2024-08-26")
    assert air("RU", "UA", "missile", "launched", 12, "2024-08-26") in got
    assert air("RU", "UA", "missile", "defeated", 9, "2024-08-26") in got


def test_a_toll_broken_down_by_region_after_a_colon():
    text = "Six people were killed: three in the Kherson region, two in the Sumy region and one in the Odesa region."
    got = claims_of(text, published="2024-08-26")
    assert cas("killed", 6, "2024-08-26") in got
    assert {cas("killed", 3, "2024-08-26", "UA-65"), cas("killed", 2, "2024-08-26", "UA-59"),
            cas("killed", 1, "2024-08-26", "UA-51")} <= got


def test_a_third_that_hit_is_one_more_weapon():
    got = claims_of("Two drones were shot down over the Kursk region, and a third hit a warehouse.", published="2024-03-17")
    assert air("UA", "RU", "drone", "hit", 1, "2024-03-17", "RU-KRS") in got


def test_a_speaker_whose_own_forces_used_drones_is_the_attacker():
    text = "Ukraine's General Staff said its forces had used more than 40 drones against two refineries overnight."
    got = claims_of(text, published="2024-03-17")
    assert air("UA", "RU", "drone", "launched", 40, "2024-03-17") in got


def test_a_toll_told_the_next_morning_keeps_the_days_attack():
    text = ("Russian aircraft dropped 12 guided bombs on the Sumy region on Saturday, the air command said.\n\n"
            "A teacher was killed and 21 people were injured, the regional administration said on Sunday morning.")
    got = claims_of(text, published="2025-05-04")
    assert cas("injured", 21, "2025-05-03", "UA-59") in got


def test_a_casualty_clause_after_a_comma_ends_an_air_figures_stretch():
    text = ("Russia struck cities across Ukraine with 60 missiles and drones overnight, killing nine people and "
            "damaging a substation in the Poltava region.")
    got = claims_of(text, published="2023-03-09")
    assert air("RU", "UA", "any", "launched", 60, "2023-03-09") in got


def test_a_partitive_coordinated_with_both_shares_the_verb_and_supplied_missiles():
    text = "Russia sent 18 Shahed drones and two Kalibr missiles; 15 of the drones and both missiles were shot down."
    got = claims_of(text, published="2023-05-19")
    assert air("RU", "UA", "drone", "defeated", 15, "2023-05-19") in got
    got = claims_of("Air defences shot down two British-supplied Storm Shadow missiles over the Luhansk region.",
                    published="2023-05-19")
    assert air("UA", "RU", "missile", "defeated", 2, "2023-05-19", "UA-09") in got


def test_a_district_of_the_city_named_before():
    text = ("Debris fell on the Volgograd refinery, the governor said. A woman was injured in the Krasnoarmeysky "
            "district of the city, he added.")
    got = claims_of(text, published="2026-01-21")
    assert cas("injured", 1, "2026-01-21", "RU-VGG") in got


def test_according_to_the_administration_named_before_places_the_figures():
    text = ("Over the past day, Russian forces shelled 30 settlements of the Kharkiv region, the regional military "
            "administration said.\n\n"
            "According to the administration, the Russian army dropped twenty-two guided aerial bombs.")
    got = claims_of(text, published="2025-07-22")
    assert air("RU", "UA", "guided_bomb", "launched", 22, "2025-07-22", "UA-63") in got


def test_figures_paired_with_places_respectively():
    got = claims_of("In the Sumy and Poltava regions, air defence units destroyed 17 and 9 drones respectively.",
                    published="2025-10-22")
    assert air("RU", "UA", "drone", "defeated", 17, "2025-10-22", "UA-59") in got
    assert air("RU", "UA", "drone", "defeated", 9, "2025-10-22", "UA-53") in got
    got = claims_of("На Сумщині та Полтавщині збито відповідно 17 і 9 дронів.", lang="uk", published="2025-10-22")
    assert air("RU", "UA", "drone", "defeated", 17, "2025-10-22", "UA-59") in got


def test_the_city_after_officials_in_the_capital_is_the_city_struck_before():
    text = ("Three days after two ballistic missiles struck Sumy, officials in Kyiv are asking for more interceptors. "
            "Two Iskander-M missiles hit the city centre on April 13, killing 35 people.")
    got = claims_of(text, published="2025-04-16")
    assert cas("killed", 35, "2025-04-13", "UA-59") in got


def test_a_figure_since_a_past_weekday_is_a_running_total():
    got = claims_of("In all, 41 drones have been destroyed over the region since Friday evening, the governor said on Monday.",
                    published="2025-05-26")
    assert not [c for c in got if c[0] == "air_attack"]


def test_a_total_downed_over_several_regions_has_no_region():
    text = ("The ministry said it had destroyed 12 drones over the Kursk region and nine over the Lipetsk region, out "
            "of 70 downed over eight regions.")
    got = claims_of(text, published="2025-05-26")
    assert air("UA", "RU", "drone", "defeated", 70, "2025-05-26") in got


def test_a_nights_window_over_two_days_takes_the_morning_it_ended():
    text = "Air defences destroyed 25 Ukrainian drones between 10 p.m. on Saturday and 6 a.m. on Sunday, the mayor said."
    got = claims_of(text, published="2025-10-26")
    assert air("UA", "RU", "drone", "defeated", 25, "2025-10-26") in got


def test_drones_downed_on_approach_to_a_city_have_no_region():
    got = claims_of("Air defences downed 14 Ukrainian drones on approach to Moscow overnight, the mayor said.",
                    published="2025-10-26")
    assert air("UA", "RU", "drone", "defeated", 14, "2025-10-26") in got


def test_what_the_authorities_had_spoken_of_is_superseded():
    text = "Кількість загиблих у Кременчуці зросла до 31. У неділю ввечері влада говорила про 28 загиблих."
    got = claims_of(text, lang="uk", published="2026-02-23")
    assert cas("killed", 28, "2026-02-23", "UA-53") not in got and not any(c[2] == "28" for c in got)


def test_tactical_missiles_are_counted():
    got = claims_of("Над Бєлгородською областю перехоплено дві тактичні ракети ATACMS.", lang="uk", published="2024-05-12")
    assert air("UA", "RU", "missile", "defeated", 2, "2024-05-12", "RU-BEL") in got
    got = claims_of("Над Белгородской областью перехвачены две тактические ракеты ATACMS.", lang="ru", published="2024-05-12")
    assert air("UA", "RU", "missile", "defeated", 2, "2024-05-12", "RU-BEL") in got


def test_a_russian_quote_in_a_ukrainian_text():
    text = "Губернатор Курської області написав у Telegram: «Над территорией области силами ПВО сбиты два беспилотника»."
    got = claims_of(text, lang="uk", published="2024-05-12")
    assert air("UA", "RU", "drone", "defeated", 2, "2024-05-12", "RU-KRS") in got


def test_a_figure_over_seven_days_is_a_running_total():
    assert not claims_of("За семь дней Россия выпустила по Украине более 1 400 ударных дронов.", lang="ru",
                         published="2025-11-24")
    assert not claims_of("За сім днів Росія випустила по Україні понад 1 400 ударних дронів.", lang="uk",
                         published="2025-11-24")


def test_a_regional_total_of_one_missile_type_does_not_cover_a_missile_of_another():
    text = ("Overnight, Russian forces attacked the Odesa region with 30 drones and two Iskander-M missiles, the "
            "governor said. Around 4 a.m., a Kalibr missile was fired at the Izmail district.")
    got = claims_of(text, published="2026-01-13")
    assert air("RU", "UA", "missile", "launched", 1, "2026-01-13", "UA-51") in got


def test_molniya_drones_in_the_genitive_plural():
    got = claims_of("Ворог застосував 40 БпЛА, зокрема 9 «Шахедів» і 5 «Молній».", lang="uk", published="2025-09-08")
    assert air("RU", "UA", "drone", "launched", 5, "2025-09-08") in got


def test_a_weekday_report_dates_its_past_day_tally():
    text = "Минобороны России в воскресной сводке сообщило, что за сутки над Херсонской областью сбиты два снаряда HIMARS."
    got = claims_of(text, lang="ru", published="2025-07-21")
    assert air("UA", "RU", "rocket", "defeated", 2, "2025-07-20", "UA-65") in got


def test_animals_and_money_are_no_figures():
    assert not claims_of("Nobody was hurt, but about 2,000 hens died at the poultry farm.", published="2025-03-01")
    assert not [c for c in claims_of("Fund-raiser for the drone unit: 1,250,000 of 3,000,000 UAH collected.",
                                     published="2025-03-01") if c[0] == "air_attack"]


def test_since_a_date_before_a_place_and_the_first_days_of_a_month():
    assert not claims_of("Нагадуємо: з 1 вересня на Сумщині внаслідок російських обстрілів загинули 11 цивільних.",
                         lang="uk", published="2025-09-08")
    assert not claims_of("Тільки за перші вісім днів січня ворог випустив по Україні понад 1 900 ударних дронів.",
                         lang="uk", published="2026-01-10")


def test_a_preliminary_figure_gives_way_to_its_revision():
    text = ("По предварительной информации, силами ПВО сбито 7 воздушных целей над Севастополем.\n\n"
            "Обновлённые данные: над Севастополем уничтожены 11 беспилотников.")
    got = claims_of(text, lang="ru", published="2025-08-17")
    air_figures = {c for c in got if c[0] == "air_attack"}
    assert air("UA", "RU", "drone", "defeated", 11, "2025-08-17", "UA-40") in air_figures
    assert not any(c[5] == "7" for c in air_figures)


def test_the_city_after_a_region_that_opens_the_sentence_is_in_that_region():
    text = ("Explosions were heard in Kyiv overnight. In the Odesa region, a missile hit an energy facility, causing "
            "blackouts in the port city.")
    got = claims_of(text, published="2023-03-09")
    assert air("RU", "UA", "missile", "hit", 1, "2023-03-09", "UA-51") in got


def test_an_aged_person_opening_a_sentence_with_wounds_is_one_injured():
    text = ("Later on Monday, a Russian FPV drone hit a car near Kupiansk. The 38-year-old driver was taken to "
            "hospital with shrapnel wounds.")
    got = claims_of(text, published="2024-10-08")
    assert cas("injured", 1, "2024-10-07", "UA-63") in got


def test_hits_the_general_staff_confirms_are_its_own_sides():
    text = ("Ukrainian drones attacked the Saratov refinery overnight. Ukraine's General Staff confirmed the strike, "
            "saying at least five hits had been recorded.")
    got = claims_of(text, published="2026-02-05")
    assert any(c[0] == "air_attack" and c[1] == "UA" and c[4] == "hit" and c[5] == "5" for c in got)


def test_bodies_recovered_and_more_bodies_before_a_toll():
    got = claims_of("In Poltava, rescuers had recovered nine bodies from the rubble by Sunday evening.", published="2025-02-10")
    assert cas("killed", 9, "2025-02-10", "UA-53") in got
    text = ("Rescue workers in Chernihiv recovered two more bodies on Thursday, bringing the toll from Saturday's "
            "missile strike to 29 deaths, the governor said.")
    got = claims_of(text, published="2025-06-05")
    assert not any(c[0] == "casualties" and c[2] == "2" for c in got)


def test_all_the_drones_of_a_sentence_that_also_names_a_missile():
    text = "Overnight, Russia attacked Ukraine with 18 Shahed drones and an Iskander-M missile; all the drones were shot down."
    got = claims_of(text, published="2024-03-20")
    assert air("RU", "UA", "drone", "defeated", 18, "2024-03-20") in got


def test_an_included_figure_described_by_a_launch_participle_takes_the_total_verb():
    text = ("Air defences destroyed 200 of the drones and 25 of the missiles, including all three Kalibr cruise "
            "missiles fired from a submarine, the air force said.")
    got = claims_of(text, published="2026-01-20")
    assert air("RU", "UA", "missile", "defeated", 3, "2026-01-20") in got


def test_a_piece_days_after_an_attack_dates_its_overnight_by_that_attack():
    text = ("Три дні по тому: що відомо про атаку\n\n"
            "У середу, 4 вересня, Росія завдала масованого удару по заходу країни. Уночі та вранці противник "
            "застосував 40 ракет і 60 дронів, повідомили Повітряні сили.")
    got = claims_of(text, lang="uk", published="2024-09-07")
    assert air("RU", "UA", "missile", "launched", 40, "2024-09-04") in got
    assert air("RU", "UA", "drone", "launched", 60, "2024-09-04") in got


def test_overnight_and_the_morning_are_one_span_of_time():
    text = ("On Monday, March 10, Russia carried out a massive attack on western Ukraine. Overnight and this morning, "
            "Russia launched 33 drones and 12 missiles, the air force said.")
    got = claims_of(text, published="2025-03-13")
    assert air("RU", "UA", "drone", "launched", 33, "2025-03-10") in got


def test_that_night_is_the_night_a_rising_toll_named_not_the_report_day_mentioned_since():
    text = ("Число погибших в результате удара по Харькову в ночь на субботу, 8 марта, выросло до 12, сообщил во "
            "вторник губернатор. Утром во вторник спасатели закончили разбор завалов. В ту ночь Россия выпустила "
            "по Украине 90 ударных дронов.")
    got = claims_of(text, lang="ru", published="2025-03-11")
    assert air("RU", "UA", "drone", "launched", 90, "2025-03-08") in got
    text = ("Типичная ночь: в ночь на 2 января противник запустил 116 беспилотников. Пиковые ночи иные: в ночь на "
            "27 декабря Россия выпустила 519 дронов, и в ту ночь перехватчики уничтожили около 60 «шахедов».")
    got = claims_of(text, lang="ru", published="2026-01-05")
    assert air("RU", "UA", "drone", "defeated", 60, "2025-12-27") in got


def test_a_weekly_table_of_days_written_in_figures_after_shortened_weekdays():
    text = ("Тиждень у цифрах\n\nЩопонеділка зводимо ранкові звіти Повітряних сил.\n\n"
            "Чт, 06.03 — 63 БпЛА, збито 41\nПт, 07.03 — 120 БпЛА + 3 ракети, збито 98 БпЛА\n\n"
            "Курс долара – 41.50, а ремонт обійшовся в 12.05 млн.")
    got = claims_of(text, lang="uk", published="2025-03-10")
    assert air("RU", "UA", "drone", "launched", 63, "2025-03-06") in got
    assert air("RU", "UA", "drone", "defeated", 41, "2025-03-06") in got
    assert air("RU", "UA", "drone", "launched", 120, "2025-03-07") in got
    text = "Сводка недели\n\nСб, 08.03 — 77 БпЛА, сбито 60"
    got = claims_of(text, lang="ru", published="2025-03-10")
    assert air("RU", "UA", "drone", "defeated", 60, "2025-03-08") in got


def test_an_aside_in_brackets_after_a_figure_leaves_it_the_verb_before():
    got = claims_of("Уночі ворог запустив 14 ударних БпЛА, збито 14 (усі).", lang="uk", published="2025-03-10")
    assert air("RU", "UA", "drone", "defeated", 14, "2025-03-10") in got


def test_a_toll_as_of_a_later_morning_keeps_the_attack_day():
    text = ("Удар по Одессе в ночь на среду, 5 марта.\n\nПо данным ОВА на утро пятницы, погибли шесть человек, "
            "ранены 19.")
    got = claims_of(text, lang="ru", published="2025-03-07")
    assert cas("killed", 6, "2025-03-05", "UA-51") in got
    text = "Удар по Одесі в ніч на середу, 5 березня.\n\nЗа даними ОВА на ранок п'ятниці, загинули шестеро людей."
    got = claims_of(text, lang="uk", published="2025-03-07")
    assert cas("killed", 6, "2025-03-05", "UA-51") in got


def test_a_side_that_reports_downed_drones_is_the_defender():
    got = claims_of("Украинские военные отчитались о 180 сбитых дронах.", lang="ru", published="2025-03-07")
    assert air("RU", "UA", "drone", "defeated", 180, "2025-03-07") in got
    got = claims_of("Українські військові відзвітували про 180 збитих дронів.", lang="uk", published="2025-03-07")
    assert air("RU", "UA", "drone", "defeated", 180, "2025-03-07") in got
    got = claims_of("Ukrainian military officials reported 180 drones shot down.", published="2025-03-07")
    assert air("RU", "UA", "drone", "defeated", 180, "2025-03-07") in got


def test_a_casualty_clause_after_a_comma_keeps_its_place_from_the_figures_before():
    got = claims_of("Ночью ПВО обезвредила 64 дрона из 80, в Николаеве ранены два человека.", lang="ru",
                    published="2025-10-21")
    assert air("RU", "UA", "drone", "defeated", 64, "2025-10-21") in got
    assert cas("injured", 2, "2025-10-21", "UA-48") in got


def test_a_country_in_brackets_after_a_region_is_a_gloss():
    got = claims_of("Kursk region (Russia): three people were injured in a Ukrainian drone attack, the governor said.",
                    published="2025-11-03")
    assert cas("injured", 3, "2025-11-03", "RU-KRS") in got
    got = claims_of("У Курській області (Росія) поранено трьох людей, повідомив губернатор.", lang="uk",
                    published="2025-11-03")
    assert cas("injured", 3, "2025-11-03", "RU-KRS") in got


def test_a_week_total_is_no_claim():
    text = "Tue 28 Oct: 126 drones, 94 downed.\nWeek total: 1,210 drones and 40 missiles (our sum)."
    got = claims_of(text, published="2025-11-03")
    assert not any(c[0] == "air_attack" and c[5] in ("1210", "40") for c in got)


def test_what_a_ministry_claimed_on_a_later_day_it_had_done_keeps_the_attack_day():
    text = ("Sumy counts 12 dead from Saturday's missile strike.\n\n"
            "Russia's Defence Ministry claimed on Sunday that it had hit a gathering of officers in Sumy, killing up "
            "to 40 servicemen.")
    got = claims_of(text, published="2025-04-15")
    assert cas("killed", 40, "2025-04-12", "UA-59") in got


def test_a_district_of_a_region_the_sentence_before_named_is_no_namesake():
    text = ("За добу на Харківщині загинули троє людей, на Сумщині поранено двох. У Ізюмському районі окупанти "
            "атакували села 25 FPV-дронами.")
    got = claims_of(text, lang="uk", published="2025-07-22")
    assert air("RU", "UA", "drone", "launched", 25, "2025-07-22", "UA-63") in got


def test_a_share_of_them_with_its_own_noun_and_no_verb_takes_the_verb_of_the_whole():
    text = "Уночі над Полтавщиною знешкодили 26 БпЛА. Із них 11 безпілотників — над Кременчуцьким районом."
    got = claims_of(text, lang="uk", published="2025-09-14")
    assert air("RU", "UA", "drone", "defeated", 11, "2025-09-14", "UA-53") in got
    text = "Overnight air defences downed 26 drones over the Poltava region. Of them, 11 drones were over the city of Kremenchuk."
    got = claims_of(text, published="2025-09-14")
    assert air("RU", "UA", "drone", "defeated", 11, "2025-09-14", "UA-53") in got


def test_that_same_night_after_a_passing_day_is_the_night_last_named():
    text = ("У ніч на 14 березня сили оборони атакували Крим дронами.\n\n"
            "Крім того, вдень у четвер, 13 березня, окупанти заявили про обстріл аеродрому.\n\n"
            "Тієї ж ночі Росія атакувала Херсонщину: із 31 запущеного «шахеда» збито 24.")
    got = claims_of(text, lang="uk", published="2025-03-14")
    assert air("RU", "UA", "drone", "defeated", 24, "2025-03-14", "UA-65") in got
    text = ("В ночь на 18 августа над Крымом ПВО сбила девять беспилотников.\n\nСальдо заявил, что накануне ВСУ выпустили "
            "по Новой Каховке шесть ракет.\n\nВоздушные силы заявили, что в ту же ночь Россия выпустила по Украине "
            "23 дрона «Шахед».")
    got = claims_of(text, lang="ru", published="2023-08-18")
    assert air("RU", "UA", "drone", "launched", 23, "2023-08-18") in got


def test_nights_like_that_of_a_date_name_a_night():
    # "that night" takes the night last named, so the night in "Nights like that of ..." must be seen as one
    text = ("Interceptor drones are changing the picture.\n\nNights like that of May 12 to 13 show the promise. "
            "Russia sent 48 Shaheds that night; 45 were shot down.")
    got = claims_of(text, published="2024-06-20")
    assert air("RU", "UA", "drone", "launched", 48, "2024-05-13") in got


def test_the_repelling_of_an_attack_by_drones_counts_them_downed():
    got = claims_of("Мэр сообщил об отражении атаки 28 беспилотников, летевших на Москву.", lang="ru", published="2025-05-21")
    assert any(c[0] == "air_attack" and c[4] == "defeated" and c[5] == "28" for c in got)
    got = claims_of("Мер повідомив про відбиття атаки 28 безпілотників.", lang="uk", published="2025-05-21")
    assert any(c[0] == "air_attack" and c[4] == "defeated" and c[5] == "28" for c in got)


def test_a_denial_across_an_aside_naming_the_source_and_after_the_count():
    for text in ("Обе баллистические ракеты, по данным Воздушных сил, сбить не удалось.", "Сбить обе ракеты не удалось."):
        got = claims_of(text, lang="ru", published="2025-10-21")
        assert not any(c[0] == "air_attack" and c[4] == "defeated" for c in got), text


def test_a_share_of_a_figure_told_before_keeps_its_verb():
    text = ("Минобороны сообщило, что за ночь уничтожены 140 украинских беспилотников. На Московский регион из них "
            "пришлось 52, ещё 60 — на Курскую область.")
    got = claims_of(text, lang="ru", published="2025-11-11")
    assert air("UA", "RU", "drone", "defeated", 52, "2025-11-11", "RU-MOS") in got
    assert air("UA", "RU", "drone", "defeated", 60, "2025-11-11", "RU-KRS") in got


def test_data_published_on_a_later_morning_date_the_toll_by_the_attack():
    text = ("Удар по Херсону был нанесён во вторник, 12 ноября.\n\nПо последним данным ОВА, опубликованным утром в "
            "пятницу, 15 ноября, погибли девять человек.")
    got = claims_of(text, lang="ru", published="2024-11-15")
    assert cas("killed", 9, "2024-11-12", "UA-65") in got
    text = ("Удару по Херсону було завдано у вівторок, 12 листопада.\n\nЗа останніми даними ОВА, оприлюдненими вранці в "
            "п'ятницю, 15 листопада, загинули дев'ятеро людей.")
    got = claims_of(text, lang="uk", published="2024-11-15")
    assert cas("killed", 9, "2024-11-12", "UA-65") in got


def test_by_the_latest_data_is_no_running_total():
    got = claims_of("За останніми даними ОВА, у Херсоні загинули дев'ятеро людей.", lang="uk", published="2024-11-15")
    assert cas("killed", 9, "2024-11-15", "UA-65") in got


def test_a_labelled_line_with_a_date_and_a_time_dates_the_message_below():
    text = ("Переклад повідомлень Міноборони РФ.\n\nПовідомлення 1 (четвер, 14 серпня, 23:50):\n"
            "«У період з 20:00 до 23:00 засоби ППО знищили 19 українських БпЛА над територією Курської області».\n\n"
            "Повідомлення 2 (п'ятниця, 15 серпня, 07:10):\n«Минулої ночі засоби ППО знищили 31 український БпЛА».")
    got = claims_of(text, lang="uk", published="2025-08-15")
    assert air("UA", "RU", "drone", "defeated", 19, "2025-08-14", "RU-KRS") in got
    assert air("UA", "RU", "drone", "defeated", 31, "2025-08-15") in got


def test_the_region_after_a_city_that_is_a_region_of_its_own_is_the_region_around_it():
    got = claims_of("Уночі ворог атакував Київ. Поранено 23 людини: 15 — у столиці, ще 8 — в області.", lang="uk",
                    published="2025-12-06")
    assert cas("injured", 8, "2025-12-06", "UA-32") in got
    assert cas("injured", 15, "2025-12-06", "UA-30") in got
    got = claims_of("In Kyiv, two people were injured in the Darnytskyi district.", published="2025-12-06")
    assert cas("injured", 2, "2025-12-06", "UA-30") in got


def test_the_verb_of_a_clause_on_a_share_stays_in_it():
    text = ("The missiles included 12 Iskander-M ballistic missiles, only four of which were intercepted, as well as "
            "9 Kh-101 cruise missiles and three Kinzhal missiles.")
    got = claims_of(text, published="2025-10-10")
    assert air("RU", "UA", "missile", "launched", 9, "2025-10-10") in got
    assert air("RU", "UA", "missile", "defeated", 4, "2025-10-10") in got
    assert not any(c[0] == "air_attack" and c[4] == "defeated" and c[5] == "9" for c in got)


def test_both_before_a_noun_that_is_no_person_counts_no_one():
    assert claims_of("But mass cuts both ways.", published="2025-12-20") == set()
    got = claims_of("Two men were hit by shrapnel, injuring both.", published="2025-12-20")
    assert cas("injured", 2, "2025-12-20") in got


def test_rockets_fired_from_a_rocket_launcher_are_rockets():
    got = claims_of("По Краматорському району росіяни випустили 16 ракет із РСЗВ «Град».", lang="uk", published="2024-08-21")
    assert air("RU", "UA", "rocket", "launched", 16, "2024-08-21", "UA-14") in got
    assert not any(c[0] == "air_attack" and c[3] == "missile" for c in got)
    got = claims_of("Вранці окупанти обстріляли Нікополь із РСЗВ «Ураган» — за даними ОВА, випущено шість ракет.", lang="uk",
                    published="2024-08-21")
    assert air("RU", "UA", "rocket", "launched", 6, "2024-08-21", "UA-12") in got


def test_a_district_after_a_city_in_its_sentence_is_the_citys():
    text = "Львівська ОВА: у Львові дрон влучив у житловий будинок у Франківському районі. Поранено трьох людей."
    got = claims_of(text, lang="uk", published="2025-07-19")
    assert cas("injured", 3, "2025-07-19", "UA-46") in got


def test_a_share_of_them_larger_than_the_last_figure_counts_the_whole_attack():
    text = ("Russia attacked Ukraine overnight with 410 aerial targets: 380 drones and 30 missiles, including 12 Kh-101 "
            "cruise missiles. Air defence shot down or suppressed 350 of them.")
    got = claims_of(text, published="2025-12-16")
    assert air("RU", "UA", "any", "defeated", 350, "2025-12-16") in got
    text = "Russia launched 117 drones overnight, about 70 of them Shaheds, the air force said. Air defences shot down 89."
    got = claims_of(text, published="2026-03-04")
    assert air("RU", "UA", "drone", "defeated", 89, "2026-03-04") in got


def test_shadow_fleet_vessels_are_no_storm_shadows():
    got = claims_of('Russia launched 40 missiles overnight. The EU added 52 more "shadow fleet" vessels to its list.',
                    published="2024-12-15")
    assert not any(c[0] == "air_attack" and c[5] == "52" for c in got)
    got = claims_of("Russia's defence ministry said it downed four Storm Shadows.", published="2024-12-15")
    assert air("UA", "RU", "missile", "defeated", 4, "2024-12-15") in got


def test_figures_from_several_regional_administrations_have_no_one_region():
    text = ("У Києві уламки впали на дах будинку.\n\nЗагалом, за даними обласних військових адміністрацій, унаслідок "
            "атаки загинули щонайменше четверо людей.")
    got = claims_of(text, lang="uk", published="2025-12-06")
    assert cas("killed", 4, "2025-12-06") in got


def test_corrected_glide_bombs_are_counted():
    got = claims_of("Днём авиация сбросила на Запорожье четыре корректируемые авиабомбы ФАБ-500.", lang="ru",
                    published="2025-07-17")
    assert air("RU", "UA", "guided_bomb", "launched", 4, "2025-07-17", "UA-23") in got


def test_missiles_that_broke_through_hit():
    got = claims_of("Сбиты 12 ракет, но три ракеты прорвались к Виннице.", lang="ru", published="2024-05-11")
    assert air("RU", "UA", "missile", "hit", 3, "2024-05-11", "UA-05") in got
    got = claims_of("Збито 12 ракет, але три ракети прорвалися до Вінниці.", lang="uk", published="2024-05-11")
    assert air("RU", "UA", "missile", "hit", 3, "2024-05-11", "UA-05") in got


def test_a_bare_count_after_in_counts_places_not_weapons():
    text = "Ночью враг атаковал город 20 «шахедами». Попадания зафиксированы в четырёх местах, ещё в двух упали обломки."
    got = claims_of(text, lang="ru", published="2025-02-05")
    assert not any(c[0] == "air_attack" and c[5] == "2" for c in got)


def test_a_site_placed_by_a_caption_places_it_later_even_beside_a_country():
    text = ("Photo: Smoke over the Zaliv shipyard in Kerch early on 13 September. (Social media)\n\n"
            "The Russian Defence Ministry said Ukraine had attacked the Zaliv shipyard with eight cruise missiles.")
    got = claims_of(text, published="2023-09-14")
    assert any(c[0] == "air_attack" and c[5] == "8" and c[7] == "UA-43" for c in got)


def test_a_week_opened_with_a_figure_is_one_night_not_a_running_total():
    got = claims_of("MONDAY, 19 JANUARY\nRussia opened the week with 88 drones overnight.", published="2026-01-26")
    assert air("RU", "UA", "drone", "launched", 88, "2026-01-19") in got
    got = claims_of("Russia launched 1,200 drones over the week, the air force said.", published="2026-01-26")
    assert not any(c[0] == "air_attack" for c in got)


def test_last_weekday_in_a_piece_of_that_weekday_is_a_week_ago_and_then_is_that_day():
    text = ("Таганрог уже не впервые под ударом: в прошлый четверг беспилотник атаковал предприятие в промышленной "
            "зоне города, тогда обошлось без жертв.")
    got = claims_of(text, lang="ru", published="2025-03-06")
    assert air("UA", "RU", "drone", "launched", 1, "2025-02-27", "RU-ROS") in got
    got = claims_of("Last Thursday a Ukrainian drone attacked a plant in Taganrog.", published="2025-03-06")
    assert air("UA", "RU", "drone", "launched", 1, "2025-02-27", "RU-ROS") in got


def test_a_rising_toll_after_a_death_told_on_a_later_day_keeps_the_attack_day():
    text = ("Во вторник вечером, 10 марта, ВСУ обстреляли посёлок Суземка Брянской области, сообщил губернатор. "
            "Погибли два человека.\n\nУтром в среду губернатор сообщил, что в больнице скончался ещё один пострадавший. "
            "Таким образом, число погибших выросло до трёх.")
    got = claims_of(text, lang="ru", published="2026-03-11")
    assert cas("killed", 3, "2026-03-10", "RU-BRY") in got


def test_a_place_in_a_consequence_after_a_comma_is_not_the_figures():
    text = ("On Oct. 31, 2022, Russia launched 50 cruise missiles, 44 of which were shot down, leaving large parts of "
            "Kyiv without power.")
    got = claims_of(text, published="2023-11-16")
    assert air("RU", "UA", "missile", "defeated", 44, "2022-10-31") in got


def test_an_age_between_a_comma_and_a_dash_in_a_table_row_is_not_a_count():
    text = ("In total, one person was killed and two injured over the past day.\n"
            "Casualties by community\nOrikhiv — man, 47 — killed (drone strike on a car)\nOrikhiv — woman, 62 — injured")
    got = claims_of(text, published="2026-02-17")
    assert not any(c[0] == "casualties" and c[2] in ("47", "62") for c in got)


def test_a_feed_entry_keeps_no_side_or_source_of_the_entry_before():
    text = ("НОВИНИ ЗА ДОБУ\n"
            "20:15  Губернатор Бєлгородської області: ЗСУ атакували регіон 46 дронами, у Шебекиному загинув чоловік\n"
            "18:30  Окупаційна влада Севастополя: знищено шість БпЛА\n"
            "17:05  Запоріжжя: росіяни скинули на місто два КАБи, поранено 7 людей\n"
            "16:02  Харків: ракета влучила в підприємство, загинули двоє")
    doc = Document(text=text, lang="uk", published=date(2025, 7, 5))
    got = {(c.outcome, c.count, c.region, c.attacker) for c in extract(doc) if c.kind == "casualties"}
    assert ("injured", 7, "UA-23", "RU") in got
    assert ("killed", 2, "UA-63", "RU") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia fired 22 missiles at Kyiv overnight. Damage in six of the ten districts."),
    ("uk", "Росія випустила 22 ракети по Києву. Пошкодження у шести з десяти районів."),
    ("ru", "Россия выпустила 22 ракеты по Киеву. Повреждения в шести из десяти районов."),
])
def test_a_partitive_that_counts_places_counts_no_weapons(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-29")
    assert [c for c in got if c[0] == "air_attack"] == [air("RU", "UA", "missile", "launched", 22, "2025-11-29", "UA-30")]


def test_the_dashes_of_an_interview_lead_turns_of_speech_not_list_items():
    text = ("Интервью\n\nВ ночь на вторник Россия вновь атаковала Одесскую область. Мы поговорили со спикером.\n\n"
            "– Что происходило в ночь на вторник?\n\n"
            "– Противник запустил по Украине 138 ударных дронов.\n\n"
            "– А что с ракетами?\n\n"
            "– Одна ракета попала в порт.")
    got = claims_of(text, lang="ru", published="2025-12-03")
    assert air("RU", "UA", "drone", "launched", 138, "2025-12-02") in got


def test_a_rise_with_no_weapon_or_verb_before_it_counts_no_weapons():
    text = ("Ukrainian naval drones attacked the port overnight, the fleet said.\n"
            "› Crimean bridge: the queue of cars reached 1,200 on Saturday")
    got = claims_of(text, published="2025-05-27")
    assert not any(c[0] == "air_attack" and c[5] == "1200" for c in got)
    got = claims_of("Над областью сбиты 12 беспилотников. Позже число уничтоженных воздушных целей возросло до 17.",
                    lang="ru", published="2025-05-27")
    assert air("RU", "UA", "any", "defeated", 17, "2025-05-27") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "За роки війни в області загинули 2 тисячі людей."),
    ("ru", "За годы войны в области погибли 2 тысячи человек."),
    ("en", "Over the years of war 2 thousand people were killed in the region."),
])
def test_digits_before_a_scale_word_are_not_a_count_of_the_digits(lang, text):
    got = claims_of(text, lang=lang, published="2025-09-07")
    assert not any(c[0] == "casualties" and c[2] == "2" for c in got)


def test_a_text_drawing_on_one_sides_bodies_speaks_with_that_side_whatever_places_it_names_first():
    text = ("Экономика «шахеда»\n\nДроны собирают на заводе в Елабуге, сообщает украинская разведка. "
            "По данным Воздушных сил, в декабре их выпускали в среднем по 170 за ночь.\n\n"
            "В ночь на 2 января противник запустил 116 беспилотников, из них 86 были сбиты.")
    got = claims_of(text, lang="ru", published="2026-01-05")
    assert air("RU", "UA", "drone", "launched", 116, "2026-01-02") in got


def test_a_national_body_heading_a_local_channels_item_speaks_for_the_country_to_the_items_end():
    text = ("Дніпро Оперативний\n\n07:40\nНіч на Дніпропетровщині: над областю збито 17 безпілотників.\n\n"
            "08:15\n🇺🇦 Повітряні сили: у ніч на 30 серпня ворог атакував 95 ударними БпЛА. "
            "Збито або подавлено 79 дронів.")
    got = claims_of(text, lang="uk", published="2025-08-30", source="telegram")
    assert air("RU", "UA", "drone", "defeated", 79, "2025-08-30") in got


def test_a_side_heading_a_line_before_a_colon_speaks_and_does_not_act():
    text = ("Дніпро Оперативний\n\n20:30\nСухопутні війська ЗСУ: сьогодні противник завдав ракетного удару по "
            "розташуванню підрозділу. Загинули 12 військовослужбовців.")
    doc = Document(text=text, lang="uk", published=date(2025, 8, 30))
    assert [c.attacker for c in extract(doc) if c.kind == "casualties"] == ["RU"]


def test_a_month_heading_its_line_labels_a_months_total():
    got = claims_of("• November: Russia launched 5,400 drones at Ukraine, monitoring group says", published="2025-12-16")
    assert not any(c[0] == "air_attack" for c in got)
    got = claims_of("June 6: Russia launched 400 drones at Ukraine.", published="2025-12-16")
    assert air("RU", "UA", "drone", "launched", 400, "2025-06-06") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Exactly a week ago, on the night of 2–3 February, two Russian Kh-22 missiles hit the north of Kremenchuk."),
    ("uk", "Рівно тиждень тому, в ніч на 3 лютого, дві російські ракети Х-22 влучили в Кременчук."),
])
def test_a_week_ago_is_a_day_not_the_period_of_a_running_total(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-10")
    assert air("RU", "UA", "missile", "hit", 2, "2026-02-03", "UA-53") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Вранці дрон з Олешок атакував автобусну зупинку, поранено 64-річну жінку."),
    ("en", "In the morning a drone from Oleshky attacked a bus stop, injuring a 64-year-old woman."),
])
def test_an_occupied_town_a_drone_came_from_is_not_the_ground_it_struck(lang, text):
    doc = Document(text=text, lang=lang, published=date(2024, 5, 16))
    assert [c.attacker for c in extract(doc) if c.kind == "casualties"] == ["RU"]


@pytest.mark.parametrize("lang, text", [
    ("uk", "Оновлення станом на обід. Загиблих – троє. Поранених – 11, серед них дитина."),
    ("ru", "Обновление на обед. Погибших – трое. Раненых: 11, среди них ребёнок."),
    ("en", "Update at noon. Killed — 3. Injured: 11, including a child."),
])
def test_a_casualty_word_set_before_its_figure_as_a_label(lang, text):
    got = claims_of(text, lang=lang, published="2023-08-21")
    assert cas("killed", 3, "2023-08-21") in got and cas("injured", 11, "2023-08-21") in got


def test_a_bare_rocket_right_after_a_sentence_naming_the_launcher_is_its_rocket():
    text = ("Сальдо заявив, що вранці 19 квітня Сили оборони обстріляли Олешки з HIMARS. "
            "За його версією, по місту випустили шість ракет, п'ять із яких нібито збила російська ППО.")
    got = claims_of(text, lang="uk", published="2025-04-19")
    assert air("UA", "RU", "rocket", "launched", 6, "2025-04-19", "UA-65") in got
    assert air("UA", "RU", "rocket", "defeated", 5, "2025-04-19", "UA-65") in got


def test_a_channel_forwarding_a_national_bodys_post_speaks_for_the_country():
    text = ("Харьков Live\n\n24 апреля 2025, 07:30\nИтоги ночи от главы Харьковской ОВА: в городе ранены девять человек.\n\n"
            "24 апреля 2025, 08:05\n↪️ Переслано из: Воздушные силы ВСУ\n"
            "В ночь на 24 апреля противник атаковал ударными БпЛА. По состоянию на 08:00 сбиты 63 БпЛА.")
    got = claims_of(text, lang="ru", published="2025-04-24", source="telegram")
    assert air("RU", "UA", "drone", "defeated", 63, "2025-04-24") in got


def test_a_district_labelling_a_feed_entry_is_the_entrys_place():
    text = ("LIVE: Russia's strike on the power grid\n\n14:10\nKyiv's metro is running, but water pressure has dropped.\n\n"
            "12:30\nDnipro district: Governor Serhiy Lysak says two people were killed and five injured in the district.")
    got = claims_of(text, published="2024-08-26")
    assert cas("killed", 2, "2024-08-26", "UA-12") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уночі дрон атакував Дніпро. Поранено двох жінок – 44 і 71 року."),
    ("ru", "Ночью дрон атаковал Днепр. Ранены две женщины – 44 и 71 года."),
])
def test_ages_closed_by_a_genitive_year_word_are_not_counts(lang, text):
    got = claims_of(text, lang=lang, published="2024-08-27")
    assert [c for c in got if c[0] == "casualties"] == [cas("injured", 2, "2024-08-27", "UA-12")]


@pytest.mark.parametrize("lang, text, region", [
    ("uk", "Нагадаємо, у ніч на 12 жовтня Міноборони РФ заявляло про дев'ять знищених над Кримом безпілотників.", "UA-43"),
    ("ru", "Нагадаем, в ночь на 12 октября Минобороны сообщило о девяти сбитых над Белгородской областью беспилотниках.",
     "RU-BEL"),
])
def test_a_place_set_between_a_participle_and_its_noun_places_the_count(lang, text, region):
    got = claims_of(text, lang=lang, published="2023-10-21")
    assert air("UA", "RU", "drone", "defeated", 9, "2023-10-12", region) in got


def test_a_night_window_from_one_weekday_evening_to_the_next_morning_is_the_nights_day():
    text = "The ministry said air defences had destroyed 127 Ukrainian drones between 23:00 on Sunday and 07:00 on Monday."
    got = claims_of(text, published="2026-03-02")
    assert air("UA", "RU", "drone", "defeated", 127, "2026-03-02") in got


def test_all_but_some_of_a_named_total_is_the_rest_of_that_total():
    text = ("Russia launched 81 drones at Ukraine overnight. All but two of the 26 drones launched at the Odesa region "
            "were destroyed, the governor said.")
    got = claims_of(text, published="2025-01-30")
    assert air("RU", "UA", "drone", "defeated", 24, "2025-01-30", "UA-51") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Across the south, the enemy launched 38 Shahed drones from Cape Chauda in occupied Crimea, the air force said."),
    ("uk", "Ворог запустив 38 ударних БпЛА типу Shahed з мису Чауда в окупованому Криму, повідомили Повітряні сили."),
])
def test_a_launch_site_and_the_place_it_lies_in_are_where_drones_came_from(lang, text):
    got = claims_of(text, lang=lang, published="2023-09-26")
    assert air("RU", "UA", "drone", "launched", 38, "2023-09-26") in got


def test_a_single_missile_counted_nationwide_takes_no_region_of_the_story():
    text = ("Russian aircraft dropped nine guided bombs on Huliaipole, the Zaporizhzhia governor said.\n\n"
            "Nationwide, Russia launched 133 drones and an Iskander-M ballistic missile overnight, Ukraine's air force said.")
    got = claims_of(text, published="2025-02-14")
    assert air("RU", "UA", "missile", "launched", 1, "2025-02-14") in got


def test_a_weekday_under_a_dated_section_of_a_months_review_is_that_sections_day():
    text = ("October in the sky: a monthly review.\n\n"
            "6 October. On the night into Sunday, Russia launched 87 drones at Ukraine, the air force said.\n\n"
            "29 October. Russia launched 62 drones at Kyiv overnight into Tuesday.")
    got = claims_of(text, published="2024-11-01")
    assert air("RU", "UA", "drone", "launched", 87, "2024-10-06") in got
    assert air("RU", "UA", "drone", "launched", 62, "2024-10-29", "UA-30") in got


def test_a_dated_heading_after_a_keycap_dates_its_section():
    text = ("Лютий: підсумки.\n\n3️⃣ Вчора вдень – «Циркони» по Києву.\n\n"
            "4️⃣ Ніч на 2 березня. Противник запустив 176 ударних БпЛА.")
    got = claims_of(text, lang="uk", published="2026-03-02")
    assert air("RU", "UA", "drone", "launched", 176, "2026-03-02") in got


@pytest.mark.parametrize("lang, text, earlier, current", [
    ("ru", "Беспилотник атаковал Волжский. Первоначально губернатор сообщил о девяти пострадавших, но позже их число "
           "уточнили: ранены семеро.", 9, 7),
    ("uk", "Дрон атакував Херсон. Первісно ОВА повідомляла про трьох поранених, але згодом уточнила: поранено п'ятеро "
           "людей.", 3, 5),
    ("en", "Russian drones hit Kharkiv overnight. Nine people were injured. Earlier we reported seven injured; two more "
           "people sought medical help in the morning.", 7, 9),
])
def test_an_initial_figure_is_superseded_and_the_one_after_the_turn_is_current(lang, text, earlier, current):
    got = {c[2] for c in claims_of(text, lang=lang) if c[0] == "casualties"}
    assert str(current) in got and str(earlier) not in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Взрывы в Запорожье.\n\nВоздушные силы ВСУ уточнили, что по городу были выпущены две баллистические ракеты "
           "«Искандер-М» с территории временно оккупированного Крыма."),
    ("uk", "Вибухи в Запоріжжі.\n\nПовітряні сили уточнили, що по місту випустили дві балістичні ракети «Іскандер-М» з "
           "території тимчасово окупованого Криму."),
])
def test_missiles_from_the_territory_of_occupied_crimea_struck_the_city_not_crimea(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-18")
    assert air("RU", "UA", "missile", "launched", 2, "2025-11-18", "UA-23") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia's defence ministry said 31 Ukrainian drones had been destroyed overnight, more than half of them over "
           "the Bryansk region."),
    ("ru", "Минобороны России сообщило, что ночью уничтожен 31 украинский беспилотник, более половины из них – над "
           "Брянской областью."),
    ("uk", "Міноборони РФ заявило, що вночі збито 31 український безпілотник, понад половину з них – над Брянською "
           "областю."),
])
def test_a_place_for_half_of_a_total_is_no_region_for_all_of_it(lang, text):
    got = claims_of(text, lang=lang, published="2025-09-30")
    assert air("UA", "RU", "drone", "defeated", 31, "2025-09-30") in got


def test_of_them_after_a_count_of_buildings_counts_buildings_not_weapons():
    text = ("Russian missiles struck Lviv overnight. The strike damaged 34 buildings in the old town, a UNESCO site, "
            "11 of them listed monuments.")
    got = claims_of(text, published="2026-03-21")
    assert not [c for c in got if c[5] == "11"]
    guard = ("Officials said 58 long-range drones had taken part in the raid on the two plants, and that at least 11 of "
             "them had reached their targets.")
    assert any(c[4] == "hit" and c[5] == "11" for c in claims_of(guard))


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian drones struck Lviv overnight. In the whole of 2025, Russian strikes killed 21 people in the Lviv "
           "region, the regional administration said."),
    ("uk", "Дрони атакували Львів. У 2025 році російські удари забрали життя 21 людини на Львівщині."),
    ("ru", "Дроны атаковали Львов. За 2025 год российские удары унесли жизни 21 человека во Львовской области."),
])
def test_a_years_toll_is_a_running_total(lang, text):
    assert not claims_of(text, lang=lang, published="2026-01-11")
    assert cas("killed", 21, "2025-08-05", "UA-46") in claims_of(
        "On 5 August 2025, Russian strikes killed 21 people in the Lviv region.", published="2026-01-11")


def test_a_named_strike_heading_its_figures_counts_what_was_launched():
    text = ("Night into Wednesday, 19 November\nThe heaviest strike of the week: 402 drones and 38 missiles, aimed mainly "
            "at energy facilities in the west.")
    got = claims_of(text, published="2025-11-24")
    assert air("RU", "UA", "drone", "launched", 402, "2025-11-19") in got
    assert air("RU", "UA", "missile", "launched", 38, "2025-11-19") in got


def test_a_person_opening_the_sentence_with_the_is_one_victim():
    text = "On Sunday evening a Ukrainian drone attacked a car near Tetkino in the Kursk region. The driver was injured."
    assert cas("injured", 1, "2025-08-10", "RU-KRS") in claims_of(text, published="2025-08-11")


@pytest.mark.parametrize("lang, text", [
    ("uk", "Це не перший удар по Дніпропетровщині. У ніч на 28 жовтня над областю сили ППО збили 23 безпілотники, а "
           "2 жовтня внаслідок обстрілів Нікопольщини загинули двоє людей."),
    ("ru", "Это не первый удар по Днепропетровщине. В ночь на 28 октября над областью ПВО сбила 23 беспилотника, а "
           "2 октября в результате обстрелов Никопольщины погибли два человека."),
])
def test_a_date_after_a_comma_and_a_new_clause_is_not_the_counts(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-16")
    assert air("RU", "UA", "drone", "defeated", 23, "2025-10-28", "UA-12") in got
    assert cas("killed", 2, "2025-10-02", "UA-12") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Міноборони РФ відзвітувало про 88 «перехоплених» за ніч БпЛА: 31 – над Брянською, 22 – над Смоленською."),
    ("ru", "Минобороны РФ сообщило о 88 «перехваченных» за ночь БПЛА: 31 – над Брянской, 22 – над Смоленской."),
])
def test_a_quoted_participle_between_a_count_and_its_noun_keeps_the_link(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-02")
    assert air("UA", "RU", "drone", "defeated", 88, "2026-03-02") in got


@pytest.mark.parametrize("lang, text, weapon", [
    ("uk", "Росія в ніч на 22 січня атакувала Україну майже сотнею ударних дронів і балістичними ракетами.", "drone"),
    ("ru", "Россия в ночь на 22 января атаковала Украину почти сотней ударных дронов и баллистическими ракетами.", "drone"),
    ("uk", "Росія в ніч на 22 січня атакувала Україну 60 дронами і ракетами.", "any"),
])
def test_a_noun_joined_in_another_case_is_not_counted_by_the_number(lang, text, weapon):
    got = claims_of(text, lang=lang, published="2026-01-22")
    assert [c[3] for c in got if c[4] == "launched"] == [weapon]


def test_a_district_whose_first_lemma_differs_from_the_list_is_a_district_of_the_city():
    text = ("Запорожье 11 февраля: хроника дня.\n\n13:10\nОккупанты ударили по Заводскому району двумя управляемыми "
            "авиабомбами, одна из них попала в производственное здание.")
    got = claims_of(text, lang="ru", published="2026-02-11")
    assert air("RU", "UA", "guided_bomb", "launched", 2, "2026-02-11", "UA-23") in got


def test_a_hit_with_no_place_in_a_story_about_one_city_is_in_that_city():
    text = ("Rivne mourns after night strike\n\nRussia struck Rivne overnight, the regional governor said.\n\n"
            "Rescuers worked through the morning at the scene.\n\nTwo missiles hit an apartment block on Tekstylna Street "
            "shortly before 3 a.m.")
    got = claims_of(text, published="2025-06-12")
    assert air("RU", "UA", "missile", "hit", 2, "2025-06-12", "UA-56") in got
    national = ("Russia launched 80 drones at Ukraine overnight. In Rivne, debris fell on a school. Hits by 14 drones were "
                "recorded at nine locations, the Air Force said.")
    assert air("RU", "UA", "drone", "hit", 14, "2025-06-12") in claims_of(national)


def test_a_single_weapon_that_hit_is_one_weapon():
    text = "A single drone hit a logistics depot in Dnipro on Tuesday afternoon, the governor said."
    assert air("RU", "UA", "drone", "hit", 1, "2025-03-11", "UA-12") in claims_of(text, published="2025-03-15")
    listed = "It listed 47 over the Bryansk region, four over Tatarstan and a single drone over the Perm region."
    assert not [c for c in claims_of(listed) if c[4] == "launched" and c[5] == "1"]


@pytest.mark.parametrize("lang, text", [
    ("uk", "Харків: за зиму місто пережило 46 атак керованими бомбами."),
    ("en", "Throughout the winter, Russia launched 4,000 drones at Kharkiv."),
])
def test_a_seasons_figures_are_a_running_total(lang, text):
    assert not claims_of(text, lang=lang, published="2026-03-10")


@pytest.mark.parametrize("lang, text", [
    ("uk", "Читайте також: Що відомо про балістичну ракету «Іскандер-М» і чому її важко збити"),
    ("ru", "Читайте также: Что известно о баллистической ракете «Искандер-М» и почему её трудно сбить"),
])
def test_a_weapon_as_the_topic_of_a_link_counts_nothing(lang, text):
    assert not claims_of(text, lang=lang, published="2024-11-26")
    assert claims_of("Губернатор сообщил о попадании дрона в здание склада.", lang="ru")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Если темп сохранится, к весне Россия, по прогнозам военных, сможет запускать до 1 000 дронов за ночь."),
    ("uk", "Якщо темпи виробництва збережуться, до кінця року Росія зможе запускати понад 1 000 дронів за ніч."),
])
def test_what_russia_will_be_able_to_launch_is_no_attack(lang, text):
    assert not claims_of(text, lang=lang, published="2025-11-18")


@pytest.mark.parametrize("lang, text", [
    ("ru", "«Мы научились сбивать девять из десяти целей», – говорит командир расчёта."),
    ("en", "Air defences now down nine out of ten drones, a commander said."),
])
def test_a_rate_out_of_ten_in_words_counts_nothing(lang, text):
    assert not [c for c in claims_of(text, lang=lang) if c[0] == "air_attack"]
    assert air("RU", "UA", "drone", "defeated", 28, "2025-06-12") in claims_of("Air defences shot down 28 of 31 drones.")


def test_a_local_sites_masthead_places_a_governors_list_but_not_the_air_forces_figures():
    text = ("Харьков онлайн · Новости Харькова и области\n\nСинегубов: за сутки россияне атаковали область\n\n"
            "Начальник ОВА Олег Синегубов опубликовал утреннюю сводку. Противник применил:\n▪️ 6 КАБ;\n"
            "▪️ 23 БпЛА типа «Герань-2».\n\nВоздушные силы ВСУ сообщили, что за ночь сбиты 80 дронов.")
    got = claims_of(text, lang="ru", published="2025-12-03", source="local_news")
    assert air("RU", "UA", "drone", "launched", 23, "2025-12-03", "UA-63") in got
    assert air("RU", "UA", "drone", "defeated", 80, "2025-12-03") in got


def test_a_share_clause_goes_on_after_a_and_a_count_then_the_main_verb_resumes():
    text = ("Всего, по данным Воздушных сил, противник выпустил по Украине 98 дронов, из которых 71 сбит, а 19 "
            "локационно потеряны, и две баллистические ракеты «Искандер-М».")
    got = claims_of(text, lang="ru", published="2026-01-16")
    assert air("RU", "UA", "missile", "launched", 2, "2026-01-16") in got
    assert air("RU", "UA", "drone", "lost", 19, "2026-01-16") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "За уточненими даними Повітряних сил, дронів було 48: сили ППО знищили 39 із них."),
    ("ru", "По уточнённым данным Воздушных сил, дронов было 48: силы ПВО уничтожили 39 из них."),
])
def test_a_weapon_noun_a_copula_and_a_number_is_how_many_were_launched(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-03")
    assert air("RU", "UA", "drone", "launched", 48, "2026-03-03") in got
    assert air("RU", "UA", "drone", "defeated", 39, "2026-03-03") in got


def test_an_air_force_infographic_in_text_gives_each_labelled_figure():
    text = ("Air Force infographic for the night of 14 February:\nLaunched: 112 attack drones and 3 missiles\n"
            "Shot down / suppressed: 78 drones\nLocally lost: 27")
    got = claims_of(text, published="2025-02-14")
    assert air("RU", "UA", "drone", "defeated", 78, "2025-02-14") in got
    assert air("RU", "UA", "drone", "lost", 27, "2025-02-14") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian missiles hit Odesa on Monday, killing 11 people, the governor said.\n\nCorrection: An earlier version "
           "of this article said 12 people were killed in the attack."),
    ("uk", "Російські ракети влучили в Одесу в понеділок, загинули 11 людей.\n\nВиправлення: у попередній версії новини "
           "помилково зазначалося, що загинули 12 людей."),
    ("ru", "Российские ракеты попали в Одессу в понедельник, погибли 11 человек.\n\nИсправление: в предыдущей версии "
           "материала ошибочно указывалось, что погибли 12 человек."),
])
def test_a_correction_notices_wrong_figure_is_no_claim(lang, text):
    got = claims_of(text, lang=lang, published="2025-10-14")
    assert [c[2] for c in got] == ["11"]


def test_a_figure_before_a_colon_that_explains_an_error_is_current():
    text = "Дрон атакував Полтаву. Міський голова уточнив, що поранених шестеро, а не семеро: одну жінку було враховано помилково."
    assert cas("injured", 6, "2025-10-19", "UA-53") in claims_of(text, lang="uk", published="2025-10-19")


@pytest.mark.parametrize("lang, text", [
    ("en", "Poland scrambled jets after 19 Russian drones crossed into Polish airspace; at least four were shot down."),
    ("uk", "19 російських дронів залетіли в повітряний простір Польщі, щонайменше чотири збили."),
    ("ru", "19 российских дронов залетели в воздушное пространство Польши, не менее четырёх сбиты."),
])
def test_drones_in_a_third_countrys_airspace_are_not_counted(lang, text):
    assert not claims_of(text, lang=lang, published="2025-09-10")
    assert claims_of("Russia launched 80 drones at the Odesa region overnight.", published="2025-09-10")


@pytest.mark.parametrize("lang, text", [
    ("en", "BULLETIN No. 27 — page 2 of 4\n\nOn the night of 3 July, Russia launched 46 attack drones against the Myko-\n"
           "laiv region. A ballistic mis-\nsile hit a warehouse in Mykolaiv."),
    ("uk", "БЮЛЕТЕНЬ № 27 — с. 2 з 4\n\nУ ніч на 3 липня ворог запустив 46 ударних безпілот-\nників по Миколаївщині. "
           "Балістична ра-\nкета влучила у склад у Миколаєві."),
])
def test_words_broken_at_line_ends_as_in_pdf_text_are_read_whole(lang, text):
    got = claims_of(text, lang=lang, published="2025-07-05")
    assert air("RU", "UA", "drone", "launched", 46, "2025-07-03", "UA-48") in got
    assert air("RU", "UA", "missile", "hit", 1, "2025-07-03", "UA-48") in got


def test_a_toll_raised_to_a_figure_after_a_phrase_on_the_attack_is_the_attacks_toll():
    text = ("Rescuers pulled two more bodies from the rubble overnight, raising the death toll from Thursday's missile "
            "strike on Kryvyi Rih to 14, the State Emergency Service said.")
    assert cas("killed", 14, "2024-10-10", "UA-12") in claims_of(text, published="2024-10-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "The death toll in Kryvyi Rih rose to 14. Of those, three were children."),
    ("en", "The death toll in Kryvyi Rih rose to 14. Three of them were children."),
    ("uk", "Кількість загиблих у Кривому Розі зросла до 14. З них троє – діти."),
    ("ru", "Число погибших в Кривом Роге выросло до 14. Из них трое – дети."),
])
def test_a_share_of_the_toll_named_in_the_next_sentence_is_of_that_toll(lang, text):
    got = claims_of(text, lang=lang, published="2024-10-12")
    assert ("casualties", "killed", "3", "2024-10-12", "UA-12") in got


@pytest.mark.parametrize("lang, text, weapon, metric", [
    ("uk", "За даними Генштабу, чотири ракети «Фламінго» уразили військовий завод в Орловській області.", "missile", "hit"),
    ("uk", "По Херсону випустили 4 ракети «Торнадо-С».", "rocket", "launched"),
    ("ru", "По Херсону выпустили 4 ракеты «Торнадо-С».", "rocket", "launched"),
])
def test_ukrainian_and_russian_names_of_systems_known_in_english(lang, text, weapon, metric):
    got = claims_of(text, lang=lang, published="2025-11-20")
    assert any(c[3] == weapon and c[4] == metric and c[5] == "4" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "A glide bomb is hard to intercept in flight."),
    ("uk", "Саму бомбу в польоті перехопити складно: вона мала, а летить лічені хвилини."),
    ("ru", "Саму бомбу в полёте перехватить сложно: она маленькая."),
])
def test_what_a_weapon_is_like_is_no_attack(lang, text):
    assert not claims_of(text, lang=lang, published="2026-04-09")
    lightly = "Над Павлоградщиной сбиты пять беспилотников, легко ранен охранник."
    assert any(c[0] == "air_attack" for c in claims_of(lightly, lang="ru"))


def test_an_emphatic_did_before_the_verb_and_deflected_drones():
    text = "On 13 March a drone did hit a residential building in Kharkiv; 11 people were injured."
    assert air("RU", "UA", "drone", "hit", 1, "2025-03-13", "UA-63") in claims_of(text, published="2025-03-20")
    text = "Russia said it faced six Ukrainian drones: two were shot down and four were \"deflected\" by electronic warfare."
    assert air("UA", "RU", "drone", "lost", 4, "2025-03-20") in claims_of(text, published="2025-03-20")


@pytest.mark.parametrize("lang, text", [
    ("uk", "«Росіяни запустили по місту десятки дронів, вони летіли один за одним», – розповіла мешканка Одеси."),
    ("ru", "«Россияне запустили по городу десятки дронов, они летели один за другим», – рассказала жительница Одессы."),
    ("en", "\"Drones came in one after another,\" a resident of Odesa said."),
])
def test_one_after_another_is_a_manner_not_a_count(lang, text):
    assert not [c for c in claims_of(text, lang=lang) if c[0] == "air_attack"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ракета попала в дом в Харькове, ранены 12 человек. Из двенадцати раненых семеро госпитализированы."),
    ("uk", "Ракета влучила в будинок у Харкові, поранено 12 людей. З дванадцяти поранених семеро госпіталізовані."),
])
def test_the_hospitalised_share_of_the_injured_is_no_new_figure(lang, text):
    got = {c[2] for c in claims_of(text, lang=lang, published="2025-08-30") if c[0] == "casualties"}
    assert got == {"12"}


@pytest.mark.parametrize("lang, text", [
    ("uk", "31 грудня. Увечері напередодні Нового року росіяни випустили по Херсону 20 реактивних снарядів «Град»."),
    ("ru", "31 декабря. Вечером накануне Нового года россияне выпустили по Херсону 20 реактивных снарядов «Град»."),
])
def test_on_the_eve_of_a_holiday_is_not_the_day_before(lang, text):
    got = claims_of(text, lang=lang, published="2026-01-02")
    assert air("RU", "UA", "rocket", "launched", 20, "2025-12-31", "UA-65") in got
    assert cas("injured", 2, "2026-01-01", "UA-65") in claims_of(
        "Напередодні ввечері дрони атакували Херсон, поранено двох людей.", lang="uk", published="2026-01-02")


@pytest.mark.parametrize("lang, text", [
    ("uk", "31 грудня. Увечері росіяни випустили по Херсону 20 реактивних снарядів «Град».\n\nПідсумки місяця. Загалом у грудні "
           "загинула 41 людина. Ворог скинув на область понад 900 керованих авіабомб."),
    ("en", "31 December. In the evening Russia fired 20 Grad rockets at Kherson.\n\nThe month in numbers. In December, "
           "41 people were killed. Russian aircraft dropped more than 900 guided bombs on the region."),
])
def test_a_summary_label_makes_its_paragraph_running_totals(lang, text):
    got = claims_of(text, lang=lang, published="2026-01-02")
    assert [c[5] for c in got if c[0] == "air_attack"] == ["20"] and not [c for c in got if c[0] == "casualties"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Сбиты 247 дронов; зафиксировано попадание 38 ударных БпЛА и обеих ракет на 15 локациях, ещё на четырёх – "
           "падение обломков."),
    ("uk", "Збито 247 дронів; зафіксовано влучання 38 ударних БпЛА на 15 локаціях, ще на чотирьох – падіння уламків."),
])
def test_a_count_that_leaves_out_the_noun_after_a_count_of_locations_counts_locations(lang, text):
    assert "4" not in {c[5] for c in claims_of(text, lang=lang, published="2025-10-19")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Одну ракету сили ППО збили, друга влучила в будівлю колишнього навчального закладу."),
    ("ru", "Одну ракету силы ПВО сбили, вторая попала в здание бывшего учебного заведения."),
])
def test_one_was_downed_the_second_hit(lang, text):
    got = claims_of(text, lang=lang, published="2025-05-12")
    assert air("RU", "UA", "missile", "defeated", 1, "2025-05-12") in got
    assert air("RU", "UA", "missile", "hit", 1, "2025-05-12") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Россия выпустила по Украине 64 ракеты и более 400 дронов: в Киеве погибли пять человек"),
    ("en", "Russia fired 64 missiles and more than 400 drones at Ukraine: in Kyiv, five people were killed"),
])
def test_a_toll_after_a_colon_does_not_place_the_nights_totals(lang, text):
    got = claims_of(text, lang=lang, published="2025-12-06")
    assert air("RU", "UA", "drone", "launched", 400, "2025-12-06") in got
    assert cas("killed", 5, "2025-12-06", "UA-30") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Противник запустил 80 ударных и ложных дронов. Ещё 62 ложные цели локационно потеряны."),
    ("uk", "Противник запустив 80 ударних і хибних дронів. Ще 62 хибні цілі локаційно втрачено."),
])
def test_false_targets_are_decoy_drones(lang, text):
    got = claims_of(text, lang=lang, published="2024-11-28")
    assert air("RU", "UA", "drone", "launched", 80, "2024-11-28") in got
    assert air("RU", "UA", "drone", "lost", 62, "2024-11-28") in got


def test_an_infographic_lists_count_then_weapon_under_its_metric():
    got = claims_of(
        "NIGHT OF 4 MARCH\n"
        "FIRED: 96 means of air attack\n"
        "  ▪ 90 — attack UAVs of the Shahed type\n"
        "  ▪ 6 — Kh-101 cruise missiles\n"
        "DESTROYED: 71\n"
        "  ▪ 66 — UAVs\n"
        "  ▪ 5 — Kh-101\n"
        "LOCATIONALLY LOST: 19 — simulator drones\n", published="2025-03-04")
    for weapon, metric, count in [("drone", "launched", 90), ("missile", "launched", 6), ("drone", "defeated", 66),
                                  ("missile", "defeated", 5), ("drone", "lost", 19)]:
        assert air("RU", "UA", weapon, metric, count, "2025-03-04") in got


def test_a_dotted_table_of_regions_under_a_heading():
    got = claims_of(
        "Russia sent 70 attack drones against Ukraine overnight.\n\n"
        "DRONES DESTROYED BY REGION\n"
        "  Odesa and Odesa region .......... 17 (5 of them over the city)\n"
        "  Vinnytsia region ................ 11\n"
        "  Zhytomyr region: 8\n"
        "  Rivne, Volyn regions ... 6\n", published="2025-03-04")
    assert air("RU", "UA", "drone", "defeated", 17, "2025-03-04", "UA-51") in got  # the city is in its region
    assert air("RU", "UA", "drone", "defeated", 5, "2025-03-04", "UA-51") in got
    assert air("RU", "UA", "drone", "defeated", 11, "2025-03-04", "UA-05") in got
    assert air("RU", "UA", "drone", "defeated", 8, "2025-03-04", "UA-18") in got
    assert air("RU", "UA", "drone", "defeated", 6, "2025-03-04") in got
    assert not any(c[4] == "defeated" and c[3] == "any" for c in got)


def test_a_bracketed_part_is_placed_by_its_own_words():
    got = claims_of(
        "Russia sent 40 attack drones against Ukraine overnight. Shot down by region:\n"
        "Kyiv and Kyiv region — 12 (4 of them over the capital)\n", published="2025-03-04")
    assert air("RU", "UA", "drone", "defeated", 12, "2025-03-04") in got  # Kyiv is a region of its own
    assert air("RU", "UA", "drone", "defeated", 4, "2025-03-04", "UA-30") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Yesterday, 3 March, guided bombs struck Kharkiv. Two KABs hit the city.\n\n"
           "The regional administration says that over the past day the enemy shelled 40 settlements. "
           "Russian troops used 212 drones of various types."),
    ("uk", "Вчора, 3 березня, керовані бомби вдарили по Харкову. Два КАБи влучили в місто.\n\n"
           "Обласна адміністрація повідомляє, що за минулу добу ворог обстріляв 40 населених пунктів. "
           "Російські війська використали 212 дронів різних типів."),
])
def test_a_days_tally_after_says_that_dates_what_follows(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-04")
    assert air("RU", "UA", "guided_bomb", "hit", 2, "2025-03-03", "UA-63") in got
    assert any(c[4:7] == ("launched", "212", "2025-03-04") for c in got)


def test_a_bulletin_in_fixed_width_lines_with_footnotes_and_page_labels():
    text = ("HUMANITARIAN FLASH UPDATE                                           No. 6\n"
            "In the early hours of 9 May, Russian forces struck the city of Sumy with two\n"
            "ballistic missiles and 14 attack drones, and 11 of the drones were shot down over\n"
            "the region.¹ One missile hit a hospital. The regional administration said four\n"
            "people were killed and 12 injured.²\n"
            "Page 1 of 2\n")
    got = claims_of(text, published="2025-05-10")
    assert got == {air("RU", "UA", "missile", "launched", 2, "2025-05-09", "UA-59"),
                   air("RU", "UA", "drone", "launched", 14, "2025-05-09", "UA-59"),
                   air("RU", "UA", "drone", "defeated", 11, "2025-05-09", "UA-59"),
                   air("RU", "UA", "missile", "hit", 1, "2025-05-09", "UA-59"),
                   cas("killed", 4, "2025-05-09", "UA-59"), cas("injured", 12, "2025-05-09", "UA-59")}


def test_a_district_of_a_named_city_is_in_that_city():
    got = claims_of("A missile hit Mykolaiv on Monday, injuring two people. On Tuesday, a drone struck a bus in "
                    "the Dniprovskyi district of Kherson city, injuring five passengers.", published="2025-07-16")
    assert cas("injured", 5, "2025-07-15", "UA-65") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Бюлетень № 12\n\n2.1. 11 вересня, Краматорськ (Донецька обл.). Близько 10:30 російська авіація скинула на "
           "місто дві керовані авіабомби. Загинули троє людей."),
    ("en", "Bulletin No. 12\n\n2.1. 11 September, Kramatorsk (Donetsk region). At about 10:30 Russian aircraft dropped "
           "two guided bombs on the city. Three people were killed."),
])
def test_a_numbered_item_headed_by_a_date_and_a_place_is_of_that_day(lang, text):
    got = claims_of(text, lang=lang, published="2025-09-15")
    assert cas("killed", 3, "2025-09-11", "UA-14") in got
    assert air("RU", "UA", "guided_bomb", "launched", 2, "2025-09-11", "UA-14") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Упродовж звітного тижня Росія випустила по Україні 1 200 ударних БпЛА та 40 ракет."),
    ("ru", "В течение отчетной недели Россия выпустила по Украине 1 200 ударных БПЛА и 40 ракет."),
    ("en", "During the reporting week, Russia launched 1,200 attack drones and 40 missiles at Ukraine."),
])
def test_a_bulletins_reporting_week_is_a_running_total(lang, text):
    assert claims_of(text, lang=lang, published="2025-09-15") == set()


@pytest.mark.parametrize("lang, text", [
    ("uk", "НІЧНА АТАКА 3–4.03\nЗапущено: 96\n• ударні БпЛА Shahed, «Гербера», інші: 90\n• крилаті ракети Х-101: 6\n"
           "Збито: 71\n• БпЛА: 66\n• Х-101: 5\nЛокаційно втрачено (дрони-імітатори): 19\n"),
    ("ru", "НОЧНАЯ АТАКА 3–4.03\nЗапущено: 96\n• ударные БПЛА Shahed, «Гербера», другие: 90\n• крылатые ракеты Х-101: 6\n"
           "Сбито: 71\n• БПЛА: 66\n• Х-101: 5\nЛокационно потеряно (дроны-имитаторы): 19\n"),
])
def test_an_infographic_lists_weapon_then_count_after_a_colon(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-04")
    for weapon, metric, count in [("drone", "launched", 90), ("missile", "launched", 6), ("drone", "defeated", 66),
                                  ("missile", "defeated", 5), ("drone", "lost", 19)]:
        assert air("RU", "UA", weapon, metric, count, "2025-03-04") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "ДСНС Одещини\n\n07.03.2025 · 06:10\nУнаслідок влучання ворожого дрона в житловий будинок загинули двоє людей, "
           "п'ятеро травмовано.\n\n07.03.2025 · 14:20\nКількість загиблих зросла до трьох. Травмовано 7 осіб.\n\n"
           "08.03.2025 · 09:00\nОновлення. Кількість загиблих зросла до чотирьох: у лікарні помер чоловік. "
           "Усього травмовано 8 людей."),
    ("en", "Odesa region rescue service\n\n07.03.2025 · 06:10\nA Russian drone hit an apartment block, killing two people "
           "and injuring five.\n\n07.03.2025 · 14:20\nThe death toll has risen to three. Seven people were injured.\n\n"
           "08.03.2025 · 09:00\nUpdate. The death toll has risen to four: a man died in hospital. "
           "In total, eight people were injured."),
])
def test_time_stamped_updates_raise_the_toll_of_the_first_days_attack(lang, text):
    got = {c for c in claims_of(text, lang=lang, published="2025-03-08") if c[0] == "casualties"}
    assert got == {cas("killed", 4, "2025-03-07", "UA-51"), cas("injured", 8, "2025-03-07", "UA-51")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на 4 марта противник атаковал Украину 96 ракетами и дронами.\n\nЗапущено: 96\nСбито: 71\n"
           "Локационно потеряны: 19\n"),
    ("en", "Overnight, Russia attacked Ukraine with 96 missiles and drones.\n\nLaunched: 96\nShot down: 71\n"
           "Locationally lost: 19\n"),
])
def test_a_lost_figure_after_a_mixed_total_counts_drones(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-04")
    assert air("RU", "UA", "any", "defeated", 71, "2025-03-04") in got
    assert air("RU", "UA", "drone", "lost", 19, "2025-03-04") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Губернатор Севастополя сообщил, что уничтожены пять безэкипажных катеров. В первом сообщении говорилось "
           "о трёх уничтоженных катерах."),
    ("en", "The governor of Sevastopol said five uncrewed boats were destroyed. In his first post he had spoken of "
           "three destroyed boats."),
])
def test_a_first_reports_figure_is_superseded(lang, text):
    got = claims_of(text, lang=lang, published="2024-07-13")
    assert {c[5] for c in got} == {"5"}


def test_a_place_in_the_next_clause_is_that_clauses():
    got = claims_of("Air defences shot down 8 Ukrainian drones over the Black Sea, while in Sevastopol the fleet "
                    "destroyed six uncrewed boats.", published="2024-07-13")
    assert air("UA", "RU", "naval_drone", "defeated", 6, "2024-07-13", "UA-40") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Overnight, air defence forces destroyed and suppressed 11 UAVs over the Bryansk region."),
    ("uk", "Уночі сили ППО знищили та подавили 11 БпЛА над Брянською областю."),
])
def test_destroyed_and_suppressed_is_one_defeated_figure(lang, text):
    assert claims_of(text, lang=lang, published="2024-12-05") == {
        air("UA", "RU", "drone", "defeated", 11, "2024-12-05", "RU-BRY")}


def test_single_drones_in_other_villages_items_are_not_inside_a_villages_total():
    got = claims_of(
        "Governor of the Bryansk region\n\nDuring the day, the Ukrainian armed forces attacked settlements of the region.\n\n"
        "• Klimovo district, village of Lomakovka: an enemy FPV drone attacked a tractor. The driver was wounded.\n\n"
        "• Pogar district, village of Demyanki: 3 FPV drones attacked a farm. No one was hurt.\n", published="2024-12-05")
    assert air("UA", "RU", "drone", "launched", 1, "2024-12-05", "RU-BRY") in got
    assert air("UA", "RU", "drone", "launched", 3, "2024-12-05", "RU-BRY") in got


def test_a_target_after_against_is_on_the_ground():
    got = claims_of("The missile's first combat use was reported in August, against a target in occupied Crimea. "
                    "A source said five Flamingos had been launched at the plant.", published="2025-11-27")
    assert not any(c[3] == "any" for c in got)
    assert any(c[3:6] == ("missile", "launched", "5") for c in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "The strikes followed a similar exchange a night earlier, into Tuesday, when Russia launched 137 drones."),
    ("ru", "Ночью ранее, в ночь на вторник, Россия выпустила 137 дронов."),
])
def test_a_night_earlier_is_a_point_in_time(lang, text):
    assert air("RU", "UA", "drone", "launched", 137, "2025-03-18") in claims_of(text, lang=lang, published="2025-03-19")


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на субботу, 17 января, жители Ярославля проснулись от взрывов. Беспилотники атаковали НПЗ. "
           "Губернатор написал, что над регионом сбиты девять беспилотников."),
    ("en", "On the night into Saturday, 17 January, residents of Yaroslavl woke to explosions. Drones attacked the "
           "refinery. The governor said nine drones were shot down over the region."),
])
def test_a_night_of_explosions_dates_the_story_after_it(lang, text):
    assert air("UA", "RU", "drone", "defeated", 9, "2026-01-17", "RU-YAR") in claims_of(text, lang=lang, published="2026-01-18")


@pytest.mark.parametrize("lang, text, injured", [
    ("en", "In Rylsk a Ukrainian drone attacked a car, injuring a man and a woman.", 2),
    ("en", "A man and a woman were injured when a Ukrainian drone attacked a car in Rylsk.", 2),
    ("ru", "В Тёткине на выезде из посёлка дрон ВСУ атаковал легковой автомобиль — ранены мужчина и женщина, "
           "оба в состоянии средней тяжести.", 2),
])
def test_a_man_and_a_woman_are_two_and_both_counts_people(lang, text, injured):
    got = claims_of(text, lang=lang, published="2024-09-14")
    assert cas("injured", injured, "2024-09-14", "RU-KRS") in got
    assert air("UA", "RU", "drone", "launched", 1, "2024-09-14", "RU-KRS") in got
    assert len([c for c in got if c[0] == "air_attack"]) == 1


@pytest.mark.parametrize("lang, text", [
    ("ru", "Подразделениями ПВО и РЭБ уничтожены и подавлены 27 (двадцать семь) украинских беспилотников над "
           "территорией Брянской области."),
    ("uk", "Над Брянщиною знищено 27 (двадцять сім) українських безпілотників, заявили в Міноборони РФ."),
])
def test_a_figure_spelt_out_again_in_brackets_is_one_count(lang, text):
    assert claims_of(text, lang=lang, published="2025-09-14") == {
        air("UA", "RU", "drone", "defeated", 27, "2025-09-14", "RU-BRY")}


def test_a_weekly_table_under_its_heading_is_a_running_total_and_a_new_section_ends_dated_items():
    text = ("Бюлетень № 37\n\n2. ПОДІЇ\n\n13 вересня, Черкащина. Уламки збитих дронів пошкодили будинки.\n\n"
            "3. УДАРИ ПО ТЕРИТОРІЇ РФ\n\nМіноборони РФ заявило про знищення за ніч 221 українського БпЛА.\n\n"
            "4. ТИЖНЕВІ ПОКАЗНИКИ (8–14.09)\n\nБпЛА запущено      1 382\nРакет запущено     46\n")
    got = claims_of(text, lang="uk", published="2025-09-14")
    assert got == {air("UA", "RU", "drone", "defeated", 221, "2025-09-14")}


def test_a_long_list_of_one_regions_villages_keeps_its_odd_names_there():
    text = ("Херсонська обласна військова адміністрація\n\nМинулої доби під обстрілами перебували Херсон та населені "
            "пункти області, зокрема Білозерка, Садове, Станіслав, Берислав, Зміївка, Львове, Михайлівка, Новоберислав та "
            "Вітовка. "
            "Ворог атакував область 210 ударними дронами.")
    assert air("RU", "UA", "drone", "launched", 210, "2025-07-19", "UA-65") in claims_of(text, "uk", published="2025-07-19")


def test_a_table_of_means_under_a_heading_with_a_verb():
    text = ("KHERSON REGIONAL MILITARY ADMINISTRATION\n\n"
            "Over the past day, Russian forces carried out 512 strikes on 11 settlements of the region.\n\n"
            "Means of attack used by the enemy — quantity\n"
            "Attack UAVs of various types (FPV, Lancet, Shahed) — 190\n"
            "Guided aerial bombs (KAB) — 9\n"
            "MLRS rockets (Grad) — 28\n"
            "Artillery shells — 285\n")
    got = claims_of(text, published="2026-02-17")
    assert got == {air("RU", "UA", "drone", "launched", 190, "2026-02-17", "UA-65"),
                   air("RU", "UA", "guided_bomb", "launched", 9, "2026-02-17", "UA-65"),
                   air("RU", "UA", "rocket", "launched", 28, "2026-02-17", "UA-65")}


def test_a_village_taken_for_the_home_regions_stays_there_when_named_again():
    text = ("ZAPORIZHZHIA REGIONAL MILITARY ADMINISTRATION\n\n"
            "Settlements affected: Zaporizhzhia, Stepnohirsk, Orikhiv, Huliaipole, Novoandriivka.\n\n"
            "Casualties by community\nNovoandriivka — man, 70 — injured\n\n"
            "Air defence destroyed 18 attack UAVs over the region last night.")
    got = claims_of(text, published="2026-02-17")
    assert air("RU", "UA", "drone", "defeated", 18, "2026-02-17", "UA-23") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Last winter there were quiet weeks: sometimes sixty or seventy drones in one night, then nothing for days."),
    ("ru", "Прошлой зимой бывали тихие недели: иногда по шестьдесят-семьдесят дронов за ночь, потом ничего."),
    ("uk", "Минулої зими бували тихі тижні: іноді по 60–70 дронів за ніч, потім нічого."),
])
def test_a_season_looked_back_on_is_no_attack(lang, text):
    assert claims_of(text, lang=lang, published="2026-02-11") == set()


def test_a_sentence_naming_only_where_missiles_came_from_keeps_the_place_before():
    got = claims_of("Overnight the enemy sent about forty attack drones at the Odesa region, mostly at the ports. "
                    "They also fired two Iskander-M ballistic missiles from Crimea.", published="2026-02-11")
    assert air("RU", "UA", "missile", "launched", 2, "2026-02-11", "UA-51") in got


def test_a_place_inside_a_quoted_title_is_part_of_the_name():
    got = claims_of("В ночь на пятницу украинские беспилотники атаковали Поволжье. Украинское издание «Днепр Оперативный» "
                    "ссылается на источник в СБУ, по словам которого в операции было задействовано более 120 дронов.",
                    lang="ru", published="2026-02-07")
    assert air("UA", "RU", "drone", "launched", 120, "2026-02-06") in got


def test_a_towns_form_that_opens_a_sentence_before_the_defenders_is_an_adjective():
    got = claims_of("У ніч на 25 лютого Росія запустила по Україні 420 ударних дронів. Українська ППО збила або подавила "
                    "391 дрон.", lang="uk", published="2026-02-25")
    assert air("RU", "UA", "drone", "defeated", 391, "2026-02-25") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ще одна ракета – балістична «Іскандер-М» – влучила в портову інфраструктуру Ізмаїльського району."),
    ("ru", "Ещё одна ракета – баллистическая «Искандер-М» – попала в портовую инфраструктуру Измаильского района."),
])
def test_a_weapon_named_again_between_dashes_keeps_its_verb(lang, text):
    assert claims_of(text, lang=lang, published="2025-02-01") == {air("RU", "UA", "missile", "hit", 1, "2025-02-01", "UA-51")}


def test_a_count_after_a_dash_counts_the_plural_noun_before_it():
    got = claims_of("Russian drones struck Odesa overnight. \"I counted the explosions - at least nine, one after "
                    "another,\" said a resident.", published="2025-03-19")
    assert not any(c[5] == "9" for c in got)


def test_rows_of_days_under_a_heading_that_says_whose_drones_were_downed_where():
    text = ("RUSSIAN LAUNCHES AGAINST UKRAINE\nMon 27 Oct — 100 drones, 64 downed\n\n"
            "UKRAINIAN DRONES DOWNED OVER RUSSIA (Russian MoD claims)\n"
            "Mon 27 Oct — 193, incl. 40 over the Moscow region\nWed 29 Oct — 100\n")
    got = claims_of(text, published="2025-11-03")
    assert air("UA", "RU", "drone", "defeated", 193, "2025-10-27") in got
    assert air("UA", "RU", "drone", "defeated", 40, "2025-10-27", "RU-MOS") in got
    assert air("UA", "RU", "drone", "defeated", 100, "2025-10-29") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Сухопутные войска ВСУ признали, что 1 февраля российская ракета попала в расположение учебного "
           "подразделения в Днепропетровской области: погибли трое военнослужащих."),
    ("uk", "Сухопутні війська ЗСУ визнали, що 1 лютого російська ракета влучила в розташування навчального "
           "підрозділу на Дніпропетровщині: загинули троє військовослужбовців."),
])
def test_the_side_that_speaks_is_not_the_attacker(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-14")
    assert cas("killed", 3, "2026-02-01", "UA-12") in got
    ours = [c for c in extract(Document(text=text, lang=lang, published=date(2026, 2, 14))) if c.kind == "casualties"]
    assert [c.attacker for c in ours] == ["RU"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Оперативная информация за сутки\n\nРайон | Уничтожено БПЛА | Ранены | Погибли | Повреждено\n"
           "г. Курск | 6 | 1 | – | 2 дома\nРыльский район | 4 | – | 2 | склад\nИтого | 10 | 1 | 2 |\n"),
    ("en", "Operational information for the past day\n\nDistrict | Drones destroyed | Injured | Killed | Damaged\n"
           "Kursk | 6 | 1 | – | 2 houses\nRylsk | 4 | – | 2 | a warehouse\nTotal | 10 | 1 | 2 |\n"),
])
def test_a_table_with_bars_is_read_by_column(lang, text):
    got = claims_of(text, lang=lang, published="2024-09-10")
    assert air("UA", "RU", "drone", "defeated", 6, "2024-09-10", "RU-KRS") in got
    assert air("UA", "RU", "drone", "defeated", 4, "2024-09-10", "RU-KRS") in got
    assert cas("injured", 1, "2024-09-10", "RU-KRS") in got
    assert cas("killed", 2, "2024-09-10", "RU-KRS") in got
    assert air("UA", "RU", "drone", "defeated", 10, "2024-09-10", "RU-KRS") in got  # the total, for the region of all rows
    assert len(got) == 5


@pytest.mark.parametrize("lang, text", [
    ("en", "NIGHT OF 30 NOVEMBER – 1 DECEMBER\n\nAttack drones (Shahed and decoys)\nLaunched: 120 | Shot down: 96 | Lost: 15\n"
           "Cruise missiles Kh-101 — Launched: 5 | Shot down: 4 | Hit: 1\nTotal — Launched: 125 | Shot down: 100\n"),
    ("uk", "НІЧ НА 1 ГРУДНЯ\n\nУдарні БпЛА (Shahed та імітатори)\nЗапущено: 120 | Збито: 96 | Локаційно втрачено: 15\n"
           "Крилаті ракети Х-101 — Запущено: 5 | Збито: 4 | Влучання: 1\nРазом — Запущено: 125 | Збито: 100\n"),
    ("ru", "НОЧЬ НА 1 ДЕКАБРЯ\n━━━━━━━━━━\nУдарные БпЛА (Shahed и имитаторы)\nЗапущено: 120 | Сбито: 96 | Локационно потеряно: 15\n"
           "Крылатые ракеты Х-101 — Запущено: 5 | Сбито: 4 | Попадания: 1\nИтого — Запущено: 125 | Сбито: 100\n"),
])
def test_a_data_cards_cells_each_name_their_metric(lang, text):
    got = claims_of(text, lang=lang, published="2025-12-01")
    day = "2025-12-01"
    assert got == {
        air("RU", "UA", "drone", "launched", 120, day), air("RU", "UA", "drone", "defeated", 96, day),
        air("RU", "UA", "drone", "lost", 15, day), air("RU", "UA", "missile", "launched", 5, day),
        air("RU", "UA", "missile", "defeated", 4, day), air("RU", "UA", "missile", "hit", 1, day),
        air("RU", "UA", "any", "launched", 125, day), air("RU", "UA", "any", "defeated", 100, day),
    }


@pytest.mark.parametrize("lang, text", [
    ("en", "Casualties (region — killed / injured)\nKharkiv region — 3 / 12\nSumy region — — / 2\nTotal — 3 / 14\n"),
    ("uk", "ЖЕРТВИ (область — загиблі / поранені)\nХарківська — 3 / 12\nСумська — — / 2\nРазом — 3 / 14\n"),
    ("ru", "ПОСЛЕДСТВИЯ: область — погибли / ранены\nХарьковская — 3 / 12\nСумская — — / 2\nИтого — 3 / 14\n"),
])
def test_a_table_of_slashes_gives_each_regions_killed_and_injured(lang, text):
    got = claims_of(text, lang=lang, published="2025-12-01")
    day = "2025-12-01"
    assert got == {cas("killed", 3, day, "UA-63"), cas("injured", 12, day, "UA-63"), cas("injured", 2, day, "UA-59"),
                   cas("killed", 3, day), cas("injured", 14, day)}


@pytest.mark.parametrize("lang, text", [
    ("uk", "ЗБИТО ДРОНІВ ПО ОБЛАСТЯХ\n━━━━━━━━━━\nПолтавська — 14\nСумська — 9\n"),
    ("ru", "СБИТО НАД ОБЛАСТЯМИ (БпЛА)\n━━━━━━━━━━\nПолтавская — 14\nСумская — 9\n"),
])
def test_rows_of_region_adjectives_under_a_heading_rule(lang, text):
    got = claims_of(text, lang=lang, published="2025-12-01")
    assert got == {air("RU", "UA", "drone", "defeated", 14, "2025-12-01", "UA-53"),
                   air("RU", "UA", "drone", "defeated", 9, "2025-12-01", "UA-59")}


def test_a_section_under_the_russian_defence_ministrys_name_counts_drones_over_russia():
    text = ("Воздушные силы ВСУ: над Украиной сбито 40 БпЛА.\n\nРОССИЯ (по данным МО РФ)\nСбито за ночь: 33 БпЛА\n"
            "в т.ч. Брянская обл. — 20 | Курская обл. — 13\n")
    got = claims_of(text, lang="ru", published="2025-12-01")
    assert air("UA", "RU", "drone", "defeated", 33, "2025-12-01") in got
    assert air("UA", "RU", "drone", "defeated", 20, "2025-12-01", "RU-BRY") in got
    assert air("UA", "RU", "drone", "defeated", 13, "2025-12-01", "RU-KRS") in got


def test_a_night_across_two_months_ends_on_the_second_day():
    got = claims_of("NIGHT OF 30 NOVEMBER – 1 DECEMBER\n\nRussia launched 88 drones overnight.", published="2025-12-02")
    assert got == {air("RU", "UA", "drone", "launched", 88, "2025-12-01")}


@pytest.mark.parametrize("lang, text, day", [
    ("en", "[08:12] SPOKESMAN: The enemy sent thirty... one moment, let me check... thirty-one drones at the south overnight. "
           "Air defence shot down eighteen, no, I'm sorry, twenty-eight of them.", "2024-05-06"),
    ("uk", "[08:12] РЕЧНИК: Ворог запустив по півдню тридцять... хвилинку, перевірю... тридцять один дрон. "
           "ППО збила вісімнадцять, ні, перепрошую, двадцять вісім із них.", "2024-05-06"),
    ("ru", "[08:12] СПИКЕР: Противник запустил по югу тридцать... секунду, сверюсь... тридцать один дрон. "
           "ПВО сбила восемнадцать, нет, простите, двадцать восемь из них.", "2024-05-06"),
])
def test_a_speaker_takes_a_figure_back(lang, text, day):
    got = claims_of(text, lang=lang, published=day)
    assert got == {air("RU", "UA", "drone", "launched", 31, day), air("RU", "UA", "drone", "defeated", 28, day)}


def test_a_count_set_after_its_weapons_with_in_total():
    got = claims_of("Russia attacked the Odesa region with Shahed drones, seventeen in total, launched from Crimea.",
                    published="2024-05-06")
    assert got == {air("RU", "UA", "drone", "launched", 17, "2024-05-06", "UA-51")}


@pytest.mark.parametrize("lang, text", [
    ("en", "KEY FIGURES FOR MARCH 2025\nCivilians killed: 164\nCivilians injured: 910\n\n"
           "On 7 March, a missile struck a hotel in Kharkiv, killing two people."),
    ("uk", "ГОЛОВНІ ЦИФРИ ЗА БЕРЕЗЕНЬ 2025\nЗагинули цивільних: 164\nПоранені цивільні: 910\n\n"
           "7 березня ракета влучила в готель у Харкові, загинули двоє людей."),
])
def test_a_heading_that_names_a_month_labels_its_figures_as_the_months(lang, text):
    got = claims_of(text, lang=lang, published="2025-04-09")
    assert cas("killed", 2, "2025-03-07", "UA-63") in got
    assert not any(c[2] in ("164", "910") for c in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Over these seven days, Russia launched more than 1,100 attack drones against Ukraine."),
    ("uk", "За ці сім днів Росія запустила по Україні понад 1100 ударних дронів."),
    ("ru", "За эти семь дней Россия запустила по Украине более 1100 ударных дронов."),
])
def test_the_figures_of_a_week_looked_back_on_are_running_totals(lang, text):
    assert claims_of(text, lang=lang, published="2025-04-09") == set()


@pytest.mark.parametrize("lang, text", [
    ("uk", "У ніч на 9 квітня українські дрони атакували регіони Росії. Уже зранку Міноборони РФ заявило про 128 "
           "знищених українських БпЛА."),
    ("ru", "В ночь на 9 апреля украинские дроны атаковали регионы России. Уже утром Минобороны РФ заявило о 128 "
           "уничтоженных украинских БПЛА."),
    ("en", "On the night of 9 April Ukrainian drones attacked Russian regions. By morning Russia's defence ministry "
           "claimed 128 Ukrainian drones destroyed."),
])
def test_the_morning_after_a_named_night_is_that_nights_morning(lang, text):
    assert claims_of(text, lang=lang, published="2025-04-10") == {air("UA", "RU", "drone", "defeated", 128, "2025-04-09")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ракета влучила в ринок у Чугуєві. Поранення дістали 9 людей, серед них двоє громадян Молдови."),
    ("ru", "Ракета попала в рынок в Чугуеве. Ранены 9 человек, среди них двое граждан Молдовы."),
    ("en", "A missile hit a market in Chuhuiv. Nine people were injured, among them two Moldovan nationals."),
])
def test_citizens_of_another_country_among_the_victims_are_people(lang, text):
    assert cas("injured", 2, "2026-01-29", "UA-63") in claims_of(text, lang=lang, published="2026-01-29")


@pytest.mark.parametrize("lang, text", [
    ("en", "The toll from Russia's missile strike on central Poltava on Friday has risen to nine.\n\n"
           "The strike was carried out shortly after noon with two Iskander-M ballistic missiles."),
    ("ru", "Число погибших в результате ракетного удара России по центру Полтавы в пятницу выросло до девяти.\n\n"
           "Удар был нанесён вскоре после полудня двумя баллистическими ракетами «Искандер-М»."),
    ("uk", "Кількість загиблих унаслідок ракетного удару Росії по центру Полтави в п'ятницю зросла до дев'яти.\n\n"
           "Удар було завдано невдовзі після полудня двома балістичними ракетами «Іскандер-М»."),
])
def test_the_strike_told_of_again_keeps_its_place(lang, text):
    got = claims_of(text, lang=lang, published="2025-06-01")
    assert air("RU", "UA", "missile", "launched", 2, "2025-05-30", "UA-53") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Тієї ночі росіяни запустили по Миколаївщині понад 30 ударних безпілотників. За уточненими даними "
           "Повітряних сил, дронів було 36: сили ППО знищили 30 із них."),
    ("ru", "В ту ночь россияне запустили по Николаевщине более 30 ударных беспилотников. По уточнённым данным "
           "Воздушных сил, дронов было 36: силы ПВО уничтожили 30 из них."),
    ("en", "That night Russia launched more than 30 attack drones at the Mykolaiv region. According to updated data "
           "from the air force, there were 36 drones, and air defence destroyed 30 of them."),
])
def test_a_national_bodys_revision_of_a_placed_figure_keeps_its_place(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-03")
    assert air("RU", "UA", "drone", "launched", 36, "2026-03-03", "UA-48") in got
    assert air("RU", "UA", "drone", "defeated", 30, "2026-03-03", "UA-48") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Телеканал показує репортаж із Полтави, де тієї ж ночі, за даними місцевої влади, дві ракети влучили в "
           "житловий квартал."),
    ("ru", "Телеканал показывает репортаж из Полтавы, где той же ночью, по данным местных властей, две ракеты попали в "
           "жилой квартал."),
    ("en", "The channel shows a report from Poltava, where that night, according to local authorities, two missiles hit "
           "a residential block."),
])
def test_a_where_clause_holds_its_place_across_an_aside_on_the_source(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-26")
    assert air("RU", "UA", "missile", "hit", 2, "2026-02-26", "UA-53") in got


def test_a_train_bound_for_a_city_is_not_hit_there():
    got = claims_of("Russia fired two Iskander-M missiles at Lozova in the Kharkiv region on Wednesday. Both hit their "
                    "targets: one struck a carriage of a train bound for Kyiv, the other a depot shed.", published="2024-09-26")
    assert air("RU", "UA", "missile", "hit", 2, "2024-09-25", "UA-63") in got


def test_a_relative_named_alone_is_one_victim():
    got = claims_of("Белгородский район. В селе Пушкарное при атаке дрона на частный дом погибла женщина. Её супруг "
                    "получил баротравму, помощь ему оказали на месте.", lang="ru", published="2025-06-01")
    assert got == {cas("killed", 1, "2025-06-01", "RU-BEL"), cas("injured", 1, "2025-06-01", "RU-BEL")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Зведені дані по громадах\n(населений пункт — засоби ураження — загиблі — поранені)\n\n"
           "Вільнянськ — 2 КАБ, 15 БпЛА — 1 — 4\nСтепногірськ — 12 БпЛА — 1 — 0\nУсього — 2 КАБ, 27 БпЛА — 2 — 4\n"),
    ("ru", "Сводные данные по громадам\n(населённый пункт — средства поражения — погибли — ранены)\n\n"
           "Вольнянск — 2 КАБ, 15 БпЛА — 1 — 4\nСтепногорск — 12 БпЛА — 1 — 0\nВсего — 2 КАБ, 27 БпЛА — 2 — 4\n"),
])
def test_a_table_with_columns_set_apart_by_dashes(lang, text):
    got = claims_of(text, lang=lang, published="2025-10-24")
    day, zp = "2025-10-24", "UA-23"
    assert got == {
        air("RU", "UA", "guided_bomb", "launched", 2, day, zp), air("RU", "UA", "drone", "launched", 15, day, zp),
        air("RU", "UA", "drone", "launched", 12, day, zp), air("RU", "UA", "drone", "launched", 27, day, zp),
        cas("killed", 1, day, zp), cas("injured", 4, day, zp), cas("killed", 2, day, zp),
    }
    rows = [c for c in extract(Document(text=text, lang=lang, published=date(2025, 10, 24))) if c.kind == "casualties"]
    assert sorted(c.count for c in rows if c.outcome == "killed") == [1, 1, 2]  # one in each of two places, and the total


def test_the_one_missile_named_some_sentences_before_is_the_one_that_hit():
    got = claims_of("Russian forces attacked Izmail overnight with 12 Shahed drones and an Iskander-M ballistic missile, "
                    "the governor said. Air defence shot down nine of the drones over the district.\n\n"
                    "Two people were injured, and a warehouse was damaged, the governor said.\n\n"
                    "The missile hit a grain terminal in the port.", published="2025-05-06")
    assert air("RU", "UA", "missile", "hit", 1, "2025-05-06", "UA-51") in got


def test_a_headline_drops_the_article_of_a_single_weapon():
    got = claims_of("READ ALSO\n› Russian missile hits Zaporizhzhia bus depot: 9 injured (2 March)\n", published="2026-03-04")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-03-02", "UA-23"), cas("injured", 9, "2026-03-02", "UA-23")}


def test_a_headline_single_told_again_in_the_body_is_one_hit():
    got = claims_of("09:30\nDrone hits house in Kyiv Oblast\nA drone struck a private house in the Brovary district, "
                    "injuring one man, the governor said.", published="2026-01-09")
    assert [c for c in got if c[0] == "air_attack"] == [air("RU", "UA", "drone", "hit", 1, "2026-01-09", "UA-32")]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Противник выпустил 14 ударных дронов и управляемую ракету Х-59; все дроны и ракета сбиты."),
    ("uk", "Противник випустив 14 ударних дронів і керовану ракету Х-59; усі дрони та ракету збито."),
    ("en", "Russia launched 14 drones and a Kh-59 missile; all the drones and the missile were shot down."),
])
def test_all_of_a_class_coordinated_with_a_weapon_named_alone_shares_its_verb(lang, text):
    got = claims_of(text, lang=lang, published="2024-05-16")
    assert air("RU", "UA", "drone", "defeated", 14, "2024-05-16") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "У четвер по обіді Росія випустила по Полтаві дві балістичні ракети. Одну наші воїни збили, друга влучила "
           "в гуртожиток."),
    ("ru", "В четверг днём Россия выпустила по Полтаве две баллистические ракеты. Одну наши воины сбили, вторая попала "
           "в общежитие."),
])
def test_our_soldiers_between_the_count_and_its_verb(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-22")
    assert air("RU", "UA", "missile", "defeated", 1, "2026-02-19", "UA-53") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "За цей тиждень Росія випустила понад 1 500 дронів. Лише за вчорашній день — понад 170 керованих авіабомб."),
    ("ru", "За эту неделю Россия выпустила более 1 500 дронов. Только за вчерашний день — более 170 управляемых авиабомб."),
])
def test_yesterdays_figure_after_the_weeks_is_one_days(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-22")
    assert got == {air("RU", "UA", "guided_bomb", "launched", 170, "2026-02-21")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Харьков – под ударом КАБ! Взрывы в Индустриальном районе. Два попадания: во двор дома и на склад."),
    ("uk", "Харків – під ударом КАБ! Вибухи в Індустріальному районі. Два влучання: у двір будинку та на склад."),
])
def test_hits_counted_a_sentence_after_the_weapon_was_named(lang, text):
    assert claims_of(text, lang=lang, published="2024-08-30") == {
        air("RU", "UA", "guided_bomb", "hit", 2, "2024-08-30", "UA-63")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на 14 августа украинские дроны атаковали Саратовскую область.\n\nЧто говорят в Киеве\n"
           "Генштаб ВСУ подтвердил удар по нефтезаводу. «Зафиксированы попадания не менее трёх дронов», – говорится в сообщении."),
    ("uk", "У ніч на 14 серпня українські дрони атакували Саратовську область.\n\nЩо кажуть у Києві\n"
           "Генштаб ЗСУ підтвердив удар по нафтозаводу. «Зафіксовано влучання щонайменше трьох дронів», – йдеться в повідомленні."),
])
def test_where_a_side_speaks_is_not_where_its_drones_hit(lang, text):
    got = claims_of(text, lang=lang, published="2025-08-14")
    hits = [c for c in got if c[4] == "hit"]
    assert hits and all(c[7] != "UA-30" for c in hits)


def test_the_night_before_an_event_of_the_day_ends_on_that_day():
    got = claims_of("The city buried the victims of Thursday's strike on Sunday. The night before the funerals brought no "
                    "respite: Russia launched 31 Shahed drones against Ukraine, and 25 of them were shot down.",
                    published="2023-09-17")
    assert air("RU", "UA", "drone", "launched", 31, "2023-09-17") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "What did Russia launch?\nAccording to the air force, 410 drones and 30 missiles.\n\n"
           "Is this the largest attack?\nNo. The largest strike this winter came on the night of 8 to 9 January, when "
           "Russia launched 634 drones.\n\nWhat does Russia say?\nIts air defences shot down 57 Ukrainian drones overnight."),
])
def test_a_largest_night_looked_back_on_is_not_the_nights_of_later_overnights(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-14")
    assert air("UA", "RU", "drone", "defeated", 57, "2026-02-14") in got
    assert air("RU", "UA", "drone", "launched", 634, "2026-01-09") in got


def test_a_general_staff_day_of_attacks_and_losses():
    got = claims_of("• Over the past day Russian forces launched three missile strikes. They also used 4,800 kamikaze drones "
                    "and carried out 3,900 attacks on Ukrainian positions, 88 of them with multiple rocket launchers.\n"
                    "• Russian losses over the past day: 1,020 personnel, five tanks and 190 operational-tactical drones.",
                    published="2025-12-15")
    assert got == {air("RU", "UA", "drone", "launched", 4800, "2025-12-15")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Генштаб оцінює втрати російських військ за добу в 1 020 осіб, 5 танків і 190 оперативно-тактичних БпЛА."),
    ("ru", "Генштаб оценивает потери российских войск за сутки в 1 020 человек, 5 танков и 190 оперативно-тактических БПЛА."),
])
def test_equipment_losses_are_no_attack(lang, text):
    assert not any(c[0] == "air_attack" for c in claims_of(text, lang=lang, published="2025-12-15"))


def test_a_breakdown_by_town_after_on():
    got = claims_of("Russian aircraft dropped 13 guided aerial bombs on front-line communities: seven on Huliaipole, "
                    "four on Orikhiv and two on Stepnohirsk.", published="2025-06-21")
    assert {air("RU", "UA", "guided_bomb", "launched", n, "2025-06-21", "UA-23") for n in (7, 4, 2)} <= got


def test_a_weapon_of_foreign_manufacture_is_still_shot_down():
    got = claims_of("Over the past day, air defence means shot down two JDAM guided aerial bombs and a Hammer guided bomb "
                    "of French manufacture, as well as 45 fixed-wing unmanned aerial vehicles.", source="defence_ministry",
                    published="2024-10-06")
    assert air("UA", "RU", "guided_bomb", "defeated", 1, "2024-10-06") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Средствами противовоздушной обороны сбиты:\n– три управляемые авиационные бомбы JDAM,\n"
           "– крылатая ракета Storm Shadow,\n– 41 беспилотный летательный аппарат самолётного типа."),
    ("uk", "Засобами протиповітряної оборони збито:\n– три керовані авіабомби JDAM,\n"
           "– крилату ракету Storm Shadow,\n– 41 безпілотний літальний апарат літакового типу."),
])
def test_a_list_item_naming_one_weapon_counts_one(lang, text):
    got = claims_of(text, lang=lang, published="2024-11-16")
    assert air("UA", "RU", "missile", "defeated", 1, "2024-11-16") in got
    assert air("UA", "RU", "guided_bomb", "defeated", 3, "2024-11-16") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на среду было около сотни, точнее, мы фиксировали сто три ударных беспилотника. Над областью сбито "
           "двадцать три... нет, поправлюсь, двадцать четыре «шахеда»."),
    ("uk", "У ніч на середу було близько сотні, точніше, ми фіксували сто три ударні безпілотники. Над областю збито "
           "двадцять три... ні, виправлюся, двадцять чотири «шахеди»."),
])
def test_a_rounded_figure_made_exact_and_a_trailing_figure_taken_back(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-07")
    assert air("RU", "UA", "drone", "launched", 100, "2025-03-05") in got
    assert air("RU", "UA", "drone", "launched", 103, "2025-03-05") in got
    assert not any(c[5] == "23" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("uk", "14:12\nХарків! Удар КАБ по Слобідському району.\n\n17:05 Оновлено\nСтаном на зараз: двоє загиблих, 12 поранених.\n\n"
           "19:50 UPD\nНова атака «шахедами» на Основ'янський район. Поранено ще двох людей.\n\n"
           "21:30 Оновлено\nРазом за сьогодні в Харкові: 2 загиблі, 14 поранених."),
    ("ru", "14:12\nХарьков! Удар КАБ по городу.\n\n17:05 Обновлено\nНа данный момент: двое погибших, 12 раненых.\n\n"
           "19:50 UPD\nНовая атака «шахедами» на Основянский район. Ранены ещё два человека.\n\n"
           "21:30 Обновлено\nВсего за сегодня в Харькове: 2 погибших, 14 раненых."),
])
def test_a_days_total_in_a_feed_adds_up_its_attacks_and_revises_none(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-22")
    assert cas("injured", 12, "2026-03-22", "UA-63") in got
    assert cas("injured", 14, "2026-03-22", "UA-63") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Воздушные силы: ночью противник атаковал Украину 103 средствами воздушного нападения.\n\n"
           "По типам (запущено / сбито):\n— крылатые ракеты Х-101, район пуска — Саратовская область: 7 / 5;\n"
           "— ударные БпЛА типа Shahed, направления пуска — Курск, Орёл: 96 / 70, ещё 18 — локационно потеряны."),
    ("uk", "Повітряні сили: уночі противник атакував Україну 103 засобами повітряного нападу.\n\n"
           "За типами (запущено / збито):\n— крилаті ракети Х-101, район пуску — Саратовська область: 7 / 5;\n"
           "— ударні БпЛА типу Shahed, напрямки пуску — Курськ, Орел: 96 / 70, ще 18 — локаційно втрачені."),
    ("en", "Air Force: overnight the enemy attacked Ukraine with 103 means of air attack.\n\n"
           "By type (launched / shot down):\n— Kh-101 cruise missiles, launch area — Saratov region: 7 / 5;\n"
           "— Shahed-type attack drones, launch directions — Kursk, Oryol: 96 / 70, another 18 were locationally lost."),
])
def test_a_table_of_slashes_by_weapon_type(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-24")
    day = "2025-03-24"
    assert {air("RU", "UA", "missile", "launched", 7, day), air("RU", "UA", "missile", "defeated", 5, day),
            air("RU", "UA", "drone", "launched", 96, day), air("RU", "UA", "drone", "defeated", 70, day),
            air("RU", "UA", "drone", "lost", 18, day)} <= got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Противник выпустил 64 беспилотника, из них 49 сбиты средствами ПВО, а также 17 реактивных снарядов."),
    ("uk", "Противник випустив 64 безпілотники, з них 49 збито засобами ППО, а також 17 реактивних снарядів."),
])
def test_as_well_as_after_a_share_returns_to_the_verb_of_the_whole(lang, text):
    got = claims_of(text, lang=lang, published="2025-06-18")
    assert air("RU", "UA", "rocket", "launched", 17, "2025-06-18") in got
    assert air("RU", "UA", "drone", "defeated", 49, "2025-06-18") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "16 квітня 2022-го ракета РСЗВ «Ураган» влучила в сусідній під'їзд у Харкові."),
    ("ru", "16 апреля 2022-го ракета РСЗО «Ураган» попала в соседний подъезд в Харькове."),
])
def test_a_year_with_its_case_ending(lang, text):
    assert claims_of(text, lang=lang, published="2024-06-02") == {air("RU", "UA", "rocket", "hit", 1, "2022-04-16", "UA-63")}


def test_a_community_the_gazetteer_lacks_is_in_the_region_named():
    got = claims_of("Над Дніпропетровщиною вночі сили ППО збили 14 ударних БпЛА.\n\n14:20 – російська авіація скинула три "
                    "керовані авіабомби на Межівську громаду.", lang="uk", published="2026-03-04")
    assert air("RU", "UA", "guided_bomb", "launched", 3, "2026-03-04", "UA-12") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Під час атаки 28 серпня, коли в Києві загинули 25 людей, Росія випустила по Україні 598 дронів і 31 ракету, "
           "і прорив стався саме тоді, коли ракети заходили на місто."),
    ("en", "During the attack on 28 August, when 25 people were killed in Kyiv, Russia launched 598 drones and 31 missiles "
           "at Ukraine, and the breakthrough came just as the missiles approached the city."),
])
def test_the_city_of_a_later_clause_is_not_the_figures_place(lang, text):
    got = claims_of(text, lang=lang, published="2025-09-07")
    assert air("RU", "UA", "missile", "launched", 31, "2025-08-28") in got


@pytest.mark.parametrize("source", ["local_news", "regional_news"])
def test_a_local_sites_masthead_names_its_city_after_the_word_for_news(source):
    text = ("ХАРЬКОВ.ТУТ — новости Харькова и области\nГлавная / Новости / Происшествия\n\n"
            "Суббота, 22 июня. Около 15:10 оккупанты сбросили на Северную Салтовку три управляемые авиабомбы.")
    got = claims_of(text, lang="ru", published="2024-06-24", source=source)
    assert got == {air("RU", "UA", "guided_bomb", "launched", 3, "2024-06-22", "UA-63")}


def test_a_masthead_menu_of_one_regions_towns_names_the_region():
    text = ("ВОЛГА-ИНФОРМ · Саратов · Энгельс · Балаково · Регион · Происшествия\n\nНПЗ снова под ударом\n\n"
            "Источник в СБУ рассказал, что в операции были задействованы около 40 дальнобойных дронов ведомства.")
    got = claims_of(text, lang="ru", published="2026-02-05", source="local_news")
    assert got == {air("UA", "RU", "drone", "launched", 40, "2026-02-05", "RU-SAR")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на 12 февраля ракета попала в дом в Киеве. В день удара в КГВА говорили о 31 пострадавшем, однако в "
           "понедельник в Минздраве уточнили: ранения получили двадцать восемь человек."),
    ("uk", "У ніч на 12 лютого ракета влучила в будинок у Києві. У день удару в КМВА говорили про 31 постраждалого, однак у "
           "понеділок у МОЗ уточнили: поранення дістали двадцять вісім людей."),
])
def test_the_day_of_the_strike_is_no_rate_and_a_revised_toll_keeps_its_day(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-16")
    assert cas("injured", 28, "2026-02-12", "UA-30") in got
    assert not any(c[2] == "31" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Основной удар пришёлся на столицу: в Оболонском районе ракета попала в жилой дом."),
    ("uk", "Основний удар припав на столицю: в Оболонському районі ракета влучила в житловий будинок."),
])
def test_a_colon_ends_the_direction_of_the_main_strike(lang, text):
    assert claims_of(text, lang=lang, published="2026-02-12") == {air("RU", "UA", "missile", "hit", 1, "2026-02-12", "UA-30")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Противник выпустил по Украине 90 дронов и две баллистические ракеты — обе по Одесской области. Одну ракету "
           "сбили силы ПВО, вторая попала в порт."),
    ("uk", "Противник випустив по Україні 90 дронів і дві балістичні ракети — обидві по Одеській області. Одну ракету "
           "збили сили ППО, друга влучила в порт."),
])
def test_one_of_two_placed_missiles_and_the_other_keep_their_place(lang, text):
    got = claims_of(text, lang=lang, published="2026-01-16")
    assert air("RU", "UA", "missile", "defeated", 1, "2026-01-16", "UA-51") in got
    assert air("RU", "UA", "missile", "hit", 1, "2026-01-16", "UA-51") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia's defence ministry said it had destroyed 512 Ukrainian drones during the week. Its largest single-night "
           "figure came overnight into Friday, 21 November: 104 drones."),
    ("ru", "Минобороны РФ за неделю сообщило о 512 сбитых украинских беспилотниках. Крупнейший ночной налёт – в ночь на "
           "21 ноября: 104 дрона."),
])
def test_the_largest_night_of_a_weeks_figure_keeps_its_verb(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-23")
    assert got == {air("UA", "RU", "drone", "defeated", 104, "2025-11-21")}


def test_overnight_in_an_anniversary_piece_is_the_pieces_own_night():
    text = ("Two years ago today, on 14 March 2024, Ukrainians woke to the heaviest missile attack of that winter. "
            "Russia fired 40 missiles at its cities.\n\n"
            "This year the day was not quiet either. Overnight, Russia launched 61 drones at Ukraine, the air force "
            "said on Saturday.")
    got = claims_of(text, published="2026-03-14")
    assert air("RU", "UA", "missile", "launched", 40, "2024-03-14") in got
    assert air("RU", "UA", "drone", "launched", 61, "2026-03-14") in got


def test_the_months_since_an_event_count_a_running_total():
    text = "In the eight months since, Russia has fired more than 900 missiles at Ukraine."
    assert claims_of(text, published="2026-03-14") == set()


def test_a_toll_whose_places_are_in_a_clause_aside_has_no_one_region():
    text = "By Friday the toll had risen to 37 as rescuers searched the ruins of homes in Kharkiv, Sumy and Poltava."
    assert claims_of(text, published="2026-03-14") == {cas("killed", 37, "2026-03-14")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Суми і Полтава: по одній загиблій людині."),
    ("ru", "Сумы и Полтава: по одному погибшему."),
])
def test_one_each_in_the_places_named_before_it(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert got == {cas("killed", 1, "2026-03-14", "UA-59"), cas("killed", 1, "2026-03-14", "UA-53")}


def test_the_place_after_a_launch_site_is_the_target():
    text = "Overnight, Russia fired three Kalibr missiles from the Black Sea at the Mykolaiv region."
    got = claims_of(text, published="2026-03-14")
    assert got == {air("RU", "UA", "missile", "launched", 3, "2026-03-14", "UA-48")}


def test_a_person_cut_by_falling_glass_is_injured():
    text = "In Kharkiv, a drone hit a school overnight and a 58-year-old guard was cut by flying glass."
    got = claims_of(text, published="2026-03-14")
    assert cas("injured", 1, "2026-03-14", "UA-63") in got


def test_all_of_a_salvo_fired_that_morning_were_shot_down():
    text = "The air force said all six Iskanders fired at the city that morning were shot down."
    got = claims_of(text, published="2026-03-14")
    assert air("RU", "UA", "missile", "defeated", 6, "2026-03-14") in got


def test_a_toll_first_put_at_a_figure_is_superseded():
    text = ("A Russian missile struck a market in Kherson on Monday. Officials first put the death toll at six; it "
            "rose as two of the wounded died in hospital.")
    got = claims_of(text, published="2026-03-17")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-03-16", "UA-65")}


def test_one_persons_later_death_does_not_move_the_storys_day():
    text = ("A Russian missile struck a bus stop in Sumy on Monday, killing nine people and injuring 30.\n\n"
            "Olena Marchenko, 44\nShe was taken to hospital with burns; she died on Wednesday morning.\n\n"
            "In all, the strike killed ten people.")
    got = claims_of(text, published="2026-03-19")
    assert cas("killed", 10, "2026-03-16", "UA-59") in got


def test_when_the_first_missile_hit_is_a_time_not_a_count():
    text = ("Two missiles struck the square in Poltava on Monday. The couple were crossing the road when the first "
            "missile hit.")
    got = claims_of(text, published="2026-03-17")
    assert got == {air("RU", "UA", "missile", "hit", 2, "2026-03-16", "UA-53")}


def test_a_paragraphs_first_figures_told_on_the_reports_day_after_a_look_back():
    text = ("The talks came three days after Tuesday's attack, in which Russia fired 40 missiles at Ukraine.\n\n"
            "The night showed again what is at stake. Russia launched 52 drones at Ukraine, the air force said on "
            "Friday morning. Air defences shot down 45 of the drones.")
    got = claims_of(text, published="2026-03-20")
    assert air("RU", "UA", "missile", "launched", 40, "2026-03-17") in got
    assert air("RU", "UA", "drone", "launched", 52, "2026-03-20") in got
    assert air("RU", "UA", "drone", "defeated", 45, "2026-03-20") in got


def test_a_shipment_of_rockets_is_no_attack():
    text = "Canada confirmed that a shipment of 1,800 air-to-ground rockets had arrived in Poland."
    assert claims_of(text, published="2026-03-20") == set()


def test_a_paragraph_opening_on_a_night_without_figures_sets_its_day():
    text = ("The longest alert of the month, on 12 March, lasted seven hours as Russia launched 90 drones.\n\n"
            "The last night of the week brought another alert for the city, from 01:10 to 03:55 on Sunday. "
            "Russia launched 41 Shahed drones, the air force said.")
    got = claims_of(text, published="2026-03-22")
    assert air("RU", "UA", "drone", "launched", 41, "2026-03-22") in got


def test_the_night_before_an_event_named_on_an_earlier_day():
    text = ("The parliament's defence committee on Monday heard the air force's commanders.\n\n"
            "The night before the hearing, Russia launched 120 drones at Ukraine. Police told the committee that "
            "the overnight attack had injured four people in the Poltava region.")
    got = claims_of(text, published="2026-03-17")
    assert air("RU", "UA", "drone", "launched", 120, "2026-03-16") in got
    assert cas("injured", 4, "2026-03-16", "UA-53") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "We report with sorrow that three of our colleagues were killed at the depot."),
    ("uk", "Із сумом повідомляємо, що на депо загинули троє наших колег."),
    ("ru", "С прискорбием сообщаем, что в депо погибли трое наших коллег."),
])
def test_colleagues_are_people(lang, text):
    assert cas("killed", 3, "2026-03-14") in claims_of(text, lang=lang, published="2026-03-14")


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ракета влучила в лікарню в Сумах. Три дні лікарі боролися за життя чоловіка, але він помер."),
    ("ru", "Ракета попала в больницу в Сумах. Три дня врачи боролись за жизнь мужчины, но он скончался."),
])
def test_days_of_a_span_are_no_people(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert not any(c[2] == "3" for c in got)


def test_a_city_with_its_district_after_a_comma_is_the_city():
    text = ("Над Миколаївщиною вночі збили чотири дрони.\n\n"
            "Херсон, Корабельний район, 15:20. Поранено двох жінок, які стояли на зупинці.")
    got = claims_of(text, lang="uk", published="2026-03-14")
    assert cas("injured", 2, "2026-03-14", "UA-65") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "У готель у Одесі влучила ракета, яку не вдалося збити."),
    ("ru", "В гостиницу в Одессе попала ракета, которую не удалось сбить."),
])
def test_a_denial_in_a_relative_clause_does_not_deny_the_hit(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-03-14", "UA-51")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "За даними ГУР, три дрони Magura V7 влучили в малий ракетний корабель проєкту 1239."),
    ("ru", "По данным ГУР, три дрона Magura V7 попали в малый ракетный корабль проекта 1239."),
])
def test_a_sea_drone_named_by_its_model_and_a_ships_project_number(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert got == {air("UA", "RU", "naval_drone", "hit", 3, "2026-03-14")}


def test_a_denied_loss_does_not_make_the_speaker_the_defender():
    text = ("Українська сторона наводить інші цифри. Речник ВМС заявив, що в операції брали участь шість морських "
            "дронів, і «жоден не був знищений».")
    got = claims_of(text, lang="uk", published="2026-03-14")
    assert got == {air("UA", "RU", "naval_drone", "launched", 6, "2026-03-14")}


def test_a_code_of_law_owned_by_a_country_leaves_the_place_to_carry():
    text = ("Розпочато провадження за ч. 1 ст. 438 КК України за фактом обстрілу селища Степногірськ. "
            "Того дня окупанти випустили по селищу 12 реактивних снарядів.")
    got = claims_of(text, lang="uk", published="2026-03-14")
    assert got == {air("RU", "UA", "rocket", "launched", 12, "2026-03-14", "UA-23")}


def test_a_street_after_its_abbreviation_is_no_town():
    text = "Ракета влучила в будинок у Дніпрі. Поранено двох людей біля магазину на вул. Лермонтова, 5."
    got = claims_of(text, lang="uk", published="2026-03-14")
    assert cas("injured", 2, "2026-03-14", "UA-12") in got


def test_a_village_in_the_locative_of_a_governors_summary_is_in_his_region():
    text = ("Губернатор Бєлгородщини: зведення за день\n\n"
            "Губернатор Бєлгородської області ввечері опублікував зведення за день.\n\n"
            "У селі Муром три дрони атакували ферму.")
    got = claims_of(text, lang="uk", published="2026-03-14")
    assert air("UA", "RU", "drone", "launched", 3, "2026-03-14", "RU-BEL") in got


def test_the_verb_after_a_quoted_total_gives_the_metric():
    got = claims_of("Два з трьох «шахедів» влучили в депо у Лозовій.", lang="uk", published="2026-03-14")
    assert air("RU", "UA", "drone", "hit", 2, "2026-03-14", "UA-63") in got


@pytest.mark.parametrize("lang, text, outcome", [
    ("uk", "Ракета влучила в колію біля Слов'янська. Машиніст вантажного поїзда травмований.", "injured"),
    ("ru", "Ракета попала в пути у Славянска. Машинист грузового поезда травмирован.", "injured"),
    ("uk", "Дрон атакував поїзд біля Слов'янська. На жаль, загинула пасажирка.", "killed"),
])
def test_railway_staff_and_a_woman_passenger_are_people(lang, text, outcome):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert cas(outcome, 1, "2026-03-14", "UA-14") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ракету збити не вдалося: вона влучила в склад у Полтаві."),
    ("ru", "Ракету сбить не удалось: она попала в склад в Полтаве."),
])
def test_the_missile_not_downed_that_hit_after_a_colon(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-03-14", "UA-53")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В четверг Россия нанесла массированный удар по Украине. Ночью перед ракетным ударом были уничтожены все 30 «шахедов»."),
    ("uk", "У четвер Росія завдала масованого удару по Україні. Уночі перед ракетним ударом було знищено всі 30 «шахедів»."),
])
def test_the_night_before_the_strike_named_on_a_day(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert air("RU", "UA", "drone", "defeated", 30, "2026-03-12") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ночью были уничтожены все 22 «шахеда». Фото: Олег Петров\n\nФото 4 из 8. Харьков, 09:40. Жители осматривают окна."),
    ("uk", "Уночі було знищено всі 22 «шахеди». Фото: Олег Петренко\n\nФото 4 з 8. Харків, 09:40. Мешканці оглядають вікна."),
])
def test_a_gallerys_photo_numbers_are_labels(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert not any(c[5] in ("4", "8") for c in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ракета попала в пятиэтажный дом на улице Мелешкина, 48 в Кривом Роге."),
    ("uk", "Ракета влучила в п'ятиповерховий будинок на вулиці Мелешкіна, 48 у Кривому Розі."),
])
def test_a_house_number_after_a_street_is_no_count(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-03-13", "UA-12")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Канада объявила о передаче 80 ракет AIM-9 Sidewinder."),
    ("uk", "Канада оголосила про передачу 80 ракет AIM-9 Sidewinder."),
])
def test_a_transfer_of_missiles_is_no_attack(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-13") == set()


@pytest.mark.parametrize("lang, text", [
    ("ru", "В утренней сводке фигурировали 120 дронов, но к обеду данные были уточнены."),
    ("uk", "У ранковому зведенні фігурували 120 дронів, але до обіду дані було уточнено."),
    ("en", "The morning summary listed 120 drones, but the figures were later revised."),
])
def test_figures_revised_later_in_their_sentence_are_no_claims(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-13") == set()


@pytest.mark.parametrize("lang, text", [
    ("ru", "Силы ПВО сбили 54 беспилотника; ещё 20 дронов локационно потеряны, из них один залетел в воздушное пространство Молдовы."),
    ("uk", "Сили ППО збили 54 безпілотники; ще 20 дронів локаційно втрачено, з них один залетів у повітряний простір Молдови."),
])
def test_a_clause_on_a_third_countrys_airspace_leaves_the_clause_before(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert air("RU", "UA", "drone", "defeated", 54, "2026-03-13") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ракета попала в депо в Харькове. Погиб наш коллега."),
    ("uk", "Ракета влучила в депо в Харкові. Загинув наш колега."),
])
def test_a_colleague_is_a_person(lang, text):
    assert cas("killed", 1, "2026-03-13", "UA-63") in claims_of(text, lang=lang, published="2026-03-13")


@pytest.mark.parametrize("lang, text", [
    ("ru", "По данным ГУР, два дрона поразили цель в порту Феодосии."),
    ("uk", "За даними ГУР, два дрони уразили ціль у порту Феодосії."),
])
def test_the_target_a_hit_verb_takes_is_no_weapon(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert not any(c[3] == "any" for c in got)


def test_a_ministrys_morning_report_of_the_night_without_a_comma():
    text = ("Стороны по-разному описывают события ночи на воскресенье, 8 марта. В понедельник утром Минобороны России "
            "сообщило, что за ночь над Крымом сбиты ещё девять беспилотников.")
    got = claims_of(text, lang="ru", published="2026-03-09")
    assert air("UA", "RU", "drone", "defeated", 9, "2026-03-09", "UA-43") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Одна из газет в первой версии материала писала о трёх погибших; позже редакция исправила цифру."),
    ("uk", "Одна з газет у першій версії матеріалу писала про трьох загиблих; згодом редакція виправила цифру."),
])
def test_a_papers_first_version_is_superseded(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-13") == set()


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на воскресенье, 8 марта, беспилотники атаковали Подмосковье. Днём в итоговой сводке за сутки "
           "фигурировали уже 120 сбитых беспилотников."),
    ("uk", "У ніч на неділю, 8 березня, безпілотники атакували Підмосков'я. Удень у підсумковому зведенні за добу "
           "фігурували вже 120 збитих безпілотників."),
])
def test_a_days_tally_in_a_piece_on_an_earlier_night_is_that_days(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-10")
    assert air("UA", "RU", "drone", "defeated", 120, "2026-03-08", "RU-MOS") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Самым тяжёлым стал удар по Запорожью 25 ноября. Днём вооружённые силы Российской Федерации сбросили на "
           "центральную часть города две управляемые авиабомбы."),
    ("uk", "Найважчим став удар по Запоріжжю 25 листопада. Удень збройні сили Російської Федерації скинули на "
           "центральну частину міста дві керовані авіабомби."),
])
def test_the_centre_of_the_city_refers_to_the_city_named(lang, text):
    got = claims_of(text, lang=lang, published="2026-12-10")
    assert air("RU", "UA", "guided_bomb", "launched", 2, "2026-11-25", "UA-23") in got


def test_the_city_before_its_verb_refers_back():
    text = "В Одессе объявлен траур. По данным ОВА, в ту ночь город атаковали 14 ударных дронов."
    got = claims_of(text, lang="ru", published="2026-02-25")
    assert air("RU", "UA", "drone", "launched", 14, "2026-02-25", "UA-51") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "У ніч на 14 квітня 2022 року дві ракети «Нептун» влучили в ракетний крейсер «Москва», флагман "
           "Чорноморського флоту РФ."),
    ("ru", "В ночь на 14 апреля 2022 года две ракеты «Нептун» попали в ракетный крейсер «Москва», флагман "
           "Черноморского флота РФ."),
])
def test_a_ship_named_for_a_city_is_no_place_and_its_owner_no_attacker(lang, text):
    got = claims_of(text, lang=lang, published="2025-08-26")
    assert got == {air("UA", "RU", "missile", "hit", 2, "2022-04-14")}


def test_a_speakers_own_side_in_its_name_leaves_the_weapons_side_to_decide():
    text = "Генштаб ЗСУ повідомив, що по заводу застосовано чотири ракети «Нептун»."
    got = claims_of(text, lang="uk", published="2026-03-13")
    assert got == {air("UA", "RU", "missile", "launched", 4, "2026-03-13")}


def test_who_some_of_the_dead_were_is_no_figure_of_its_own():
    text = ("A Russian strike on the port of Izmail killed three people. Two of the dead were crane operators on the "
            "night shift.")
    got = claims_of(text, published="2026-03-13")
    assert got == {cas("killed", 3, "2026-03-13", "UA-51")}


def test_a_share_of_drones_downed_is_no_count():
    text = "Mobile fire groups now account for roughly one in four drones downed over the central regions."
    assert claims_of(text, published="2026-03-13") == set()


def test_a_figure_raised_from_is_superseded():
    text = ("In Kharkiv, 41 people were wounded, prosecutors said on Thursday, raising the figure from the 30 injured "
            "reported on Wednesday evening.")
    got = claims_of(text, published="2026-03-13")
    assert not any(c[2] == "30" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("uk", "Одну балістичну ракету ми збили, друга, на жаль, влучила в підприємство у Дніпрі."),
    ("ru", "Одну баллистическую ракету мы сбили, вторая, к сожалению, попала в предприятие в Днепре."),
])
def test_we_downed_one_and_the_other_after_an_aside_hit(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert air("RU", "UA", "missile", "defeated", 1, "2026-03-13") in got
    assert air("RU", "UA", "missile", "hit", 1, "2026-03-13", "UA-12") in got


def test_the_boat_the_sea_drones_struck_is_no_weapon():
    text = "Тієї ж ночі два морські дрони уразили десантний катер біля Чорноморського."
    got = claims_of(text, lang="uk", published="2026-03-13")
    assert got == {air("UA", "RU", "naval_drone", "hit", 2, "2026-03-13", "UA-43")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ракета влучила в будинок у Харкові. Одна жінка дістала поранення, ще троє людей мали гостру реакцію на стрес."),
    ("ru", "Ракета попала в дом в Харькове. Одна женщина получила ранения, ещё трое людей получили острую реакцию на стресс."),
])
def test_people_shaken_are_not_counted_as_injured(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-12")
    assert not any(c[2] == "3" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уночі Росія випустила 10 балістичних ракет. «Іскандери» вдається перехопити приблизно в одному випадку з "
           "трьох, а в окремі ночі — ще рідше."),
    ("ru", "Ночью Россия выпустила 10 баллистических ракет. «Искандеры» удаётся перехватить примерно в одном случае из "
           "трёх, а в отдельные ночи — ещё реже."),
])
def test_a_share_of_intercepts_is_no_count(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-12")
    assert not any(c[5] in ("1", "3") for c in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Днём дроны атаковали Белгородскую область.\n\nГладков вечером подвёл итоги: за сутки ВСУ атаковали регион "
           "91 беспилотником."),
    ("uk", "Удень дрони атакували Бєлгородську область.\n\nГладков увечері підбив підсумки: за добу ЗСУ атакували регіон "
           "91 безпілотником."),
])
def test_attacked_the_region_refers_back(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-12")
    assert got == {air("UA", "RU", "drone", "launched", 91, "2026-03-12", "RU-BEL")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В первые сутки власти называли цифру в 11 погибших."),
    ("uk", "У першу добу влада називала цифру в 11 загиблих."),
])
def test_a_figure_the_authorities_were_giving_at_first_is_superseded(lang, text):
    assert claims_of(text, lang=lang, published="2026-02-14") == set()


def test_a_country_that_owns_the_source_is_no_scope():
    text = ("Ukraine's General Staff said its missiles had struck a plant in Russia's Bryansk region. A source in Ukraine's "
            "defence forces told reporters that four missiles had been launched at the plant.")
    got = claims_of(text, published="2026-03-13")
    assert air("UA", "RU", "missile", "launched", 4, "2026-03-13", "RU-BRY") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Міноборони РФ заявило, що вночі збило 40 дронів. Удень відомство звітувало ще про 12 дронів над Курською областю."),
    ("ru", "Минобороны РФ заявило, что ночью сбило 40 дронов. Днём ведомство отчиталось ещё о 12 дронах над Курской областью."),
])
def test_the_ministry_named_before_reports_what_it_downed(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-13")
    assert air("UA", "RU", "drone", "defeated", 12, "2026-03-13", "RU-KRS") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Ще один катер вибухнув біля причалу нафтового термінала в Новоросійську."),
    ("ru", "Ещё один катер взорвался у причала нефтяного терминала в Новороссийске."),
])
def test_a_sea_drone_that_exploded_by_the_pier_hit(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-21")
    assert got == {air("UA", "RU", "naval_drone", "hit", 1, "2026-02-21", "RU-KDA")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Один из беспилотников всё же попал в здание колледжа в Курске."),
    ("uk", "Один із безпілотників таки влучив у будівлю коледжу в Курську."),
])
def test_nevertheless_between_a_figure_and_its_verb(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-21")
    assert got == {air("UA", "RU", "drone", "hit", 1, "2026-02-21", "RU-KRS")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Баллистическая ракета «Искандер-М» с кассетной боевой частью попала в жилой квартал Кривого Рога."),
    ("uk", "Балістична ракета «Іскандер-М» з касетною бойовою частиною влучила в житловий квартал Кривого Рогу."),
])
def test_what_a_missile_carried_stands_between_it_and_its_verb(lang, text):
    got = claims_of(text, lang=lang, published="2026-04-04")
    assert got == {air("RU", "UA", "missile", "hit", 1, "2026-04-04", "UA-12")}


def test_destroying_and_along_with_share_the_verb():
    text = ("The ministry said air defences shot down six ATACMS missiles over Crimea overnight, along with 38 drones, "
            "and the fleet repelled an attack by uncrewed boats, destroying four naval drones.")
    got = claims_of(text, published="2026-03-13")
    assert air("UA", "RU", "drone", "defeated", 38, "2026-03-13") in got
    assert air("UA", "RU", "naval_drone", "defeated", 4, "2026-03-13", "UA-43") in got


def test_of_an_unidentified_type_is_a_kind_not_a_count():
    text = "Russia launched thirty drones — 18 Shahed-type and 12 of an unidentified type — of which 22 were shot down."
    got = claims_of(text, published="2026-03-13")
    assert got == {air("RU", "UA", "drone", "launched", 30, "2026-03-13"), air("RU", "UA", "drone", "launched", 18, "2026-03-13"),
                   air("RU", "UA", "drone", "launched", 12, "2026-03-13"), air("RU", "UA", "drone", "defeated", 22, "2026-03-13")}


def test_both_before_a_list_of_counts_counts_two():
    text = ("Russia attacked the Odesa region with 21 drones and two Kalibr missiles. Both missiles and 16 of the drones "
            "were destroyed.")
    got = claims_of(text, published="2026-03-13")
    assert air("RU", "UA", "missile", "defeated", 2, "2026-03-13", "UA-51") in got
    assert air("RU", "UA", "drone", "defeated", 16, "2026-03-13", "UA-51") in got


def test_a_paper_that_carries_a_statement_is_no_carrier():
    text = "The agency carries the ministry's morning statement: 96 Ukrainian drones were destroyed overnight."
    got = claims_of(text, published="2026-03-13")
    assert got == {air("UA", "RU", "drone", "defeated", 96, "2026-03-13")}


def test_an_interception_rate_is_no_count():
    text = "The interception rate against ballistic targets was 30% that night (9 of 30), down from 41% in the autumn."
    assert claims_of(text, published="2026-03-13") == set()


@pytest.mark.parametrize("lang, text", [
    ("en", "SITUATION UPDATE (as of 9 March 2026)\n\nKEY POINTS\n• On the night of 8 March drones struck the Sumy region.\n"
           "• Local authorities report two people killed and nine injured.\n\n"
           "CASUALTIES BY REGION (8 March, local authorities)\n• Kharkiv region: 3 injured."),
    ("uk", "ОНОВЛЕННЯ (станом на 9 березня 2026 року)\n\nГОЛОВНЕ\n• У ніч на 8 березня дрони атакували Сумщину.\n"
           "• Загинули двоє людей, дев'ятеро поранені.\n\n"
           "ПОСТРАЖДАЛІ ЗА ОБЛАСТЯМИ (8 березня, дані місцевої влади)\n• Харківська область: 3 поранені."),
])
def test_a_line_that_names_the_day_dates_the_items_below_it(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-09")
    assert cas("killed", 2, "2026-03-08", "UA-59") in got
    assert cas("injured", 9, "2026-03-08", "UA-59") in got
    assert cas("injured", 3, "2026-03-08", "UA-63") in got


@pytest.mark.parametrize("lang, text, earlier", [
    ("uk", "Обласна влада повідомляє про трьох загиблих у Сумах.", "Вранці обласна влада повідомляла про трьох загиблих у Сумах, "
                                                                 "увечері — про чотирьох."),
    ("ru", "Областные власти сообщают о трёх погибших в Сумах.", "Утром областные власти сообщали о трёх погибших в Сумах, "
                                                                "вечером — о четырёх."),
])
def test_a_report_in_the_present_is_current_and_only_the_past_one_superseded(lang, text, earlier):
    assert claims_of(text, lang=lang, published="2026-03-09") == {cas("killed", 3, "2026-03-09", "UA-59")}
    assert cas("killed", 3, "2026-03-09", "UA-59") not in claims_of(earlier, lang=lang, published="2026-03-09")


def test_a_country_before_a_comma_is_where_not_who_launched():
    text = "Meanwhile in Ukraine, Russia launched 64 drones overnight, and 50 of them were shot down."
    got = claims_of(text, published="2026-04-19")
    assert got == {air("RU", "UA", "drone", "launched", 64, "2026-04-19"), air("RU", "UA", "drone", "defeated", 50, "2026-04-19")}


@pytest.mark.parametrize("lang, text", [
    ("en", "CLAIM: A clip shared on social media says Russia fired 400 missiles at Lviv on Friday night.\n"
           "VERDICT: False. The air force reported 12 missiles."),
    ("uk", "ТВЕРДЖЕННЯ: «У ніч на суботу по Львову летіло 400 ракет».\nВЕРДИКТ: Неправда. Повітряні сили повідомили про 12 ракет."),
    ("ru", "УТВЕРЖДЕНИЕ: «В ночь на субботу по Львову летело 400 ракет».\nВЕРДИКТ: Неправда. Воздушные силы сообщили о 12 ракетах."),
])
def test_the_claim_a_fact_check_checks_is_not_its_own(lang, text):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert {c[5] for c in got} == {"12"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Did Russia really launch 900 drones at Odesa on Saturday night?"),
    ("uk", "Чи справді Росія випустила по Одесі 900 дронів у ніч на суботу"),
    ("ru", "Правда ли, что Россия выпустила по Одессе 900 дронов в ночь на субботу?"),
])
def test_a_yes_no_question_asserts_no_figure(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-14") == set()


@pytest.mark.parametrize("lang, text, region", [
    ("en", "On Sunday Russian drones and missiles struck the Sumy, Poltava and Chernihiv regions. At least nine civilians were killed.", None),
    ("uk", "У неділю російські дрони й ракети атакували Сумську, Полтавську та Чернігівську області. Щонайменше дев'ятеро цивільних загинули.", None),
    ("ru", "В воскресенье дроны атаковали Москву и Подмосковье. В Раменском погибли девять человек.", "RU-MOS"),
])
def test_a_toll_after_a_list_of_regions_is_of_none_of_them(lang, text, region):
    got = {c for c in claims_of(text, lang=lang, published="2026-03-16") if c[0] == "casualties"}
    assert got == {cas("killed", 9, "2026-03-15", region)}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Над Киевом и Киевской областью уничтожены 14 ракет – столицу прикрывали очень плотно."),
    ("uk", "Над Києвом і Київською областю знищено 14 ракет – столицю прикривали дуже щільно."),
    ("en", "Over Kyiv and the Kyiv region, 14 missiles were destroyed — the capital was covered very densely."),
])
def test_a_place_in_what_a_dash_goes_on_to_say_is_not_the_counts(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-16") == {air("RU", "UA", "missile", "defeated", 14, "2026-03-16")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В ночь на 8 января противник запустил 97 дронов и ни одной ракеты."),
    ("uk", "У ніч на 8 січня противник запустив 97 дронів і ні одної ракети."),
    ("en", "Overnight into 8 January Russia launched 97 drones and not a single missile."),
])
def test_not_a_single_one_is_none(lang, text):
    assert claims_of(text, lang=lang, published="2026-01-08") == {air("RU", "UA", "drone", "launched", 97, "2026-01-08")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "ПОТЕРИ (по данным областных администраций)\nЛьвовская область: 3 погибших, 11 раненых.\n"
           "Киевская область: погибших нет, 4 раненых.\nИтого: 3 погибших, 15 раненых."),
    ("uk", "ВТРАТИ (за даними обласних адміністрацій)\nЛьвівська область: 3 загиблих, 11 поранених.\n"
           "Київська область: загиблих немає, 4 поранених.\nЗагалом: 3 загиблих, 15 поранених."),
    ("en", "CASUALTIES (regional administrations)\nLviv region: 3 killed, 11 injured.\n"
           "Kyiv region: no deaths, 4 injured.\nIn total: 3 killed, 15 injured."),
])
def test_a_total_under_rows_by_region_is_of_all_of_them(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-16")
    assert cas("injured", 15, "2026-02-16") in got
    assert cas("injured", 4, "2026-02-16", "UA-32") in got


def test_a_rising_toll_in_a_later_update_is_of_the_toll_before():
    text = ("A Russian missile struck an apartment block in Dnipro overnight, killing two people, the governor said.\n\n"
            "Update 10:15: Russia's defence ministry said it had destroyed 31 Ukrainian drones over the Kursk region.\n\n"
            "Update 11:25: Rescuers have recovered another body. Three people have now been killed, the governor said.")
    got = {c for c in claims_of(text, published="2026-03-14") if c[0] == "casualties"}
    assert got == {cas("killed", 3, "2026-03-14", "UA-12")}  # (the two killed it revises give way)


@pytest.mark.parametrize("lang, text, current", [
    ("en", "Russia launched 140 drones, not 128 as first reported, and 117 of them were shot down.", 117),
])
def test_a_figure_after_the_aside_on_a_first_report_is_current(lang, text, current):
    got = claims_of(text, lang=lang, published="2026-03-14")
    assert air("RU", "UA", "drone", "defeated", current, "2026-03-14") in got
    assert not any(c[5] == "128" for c in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia's defence ministry said 80 Ukrainian drones were destroyed overnight. By region: Bryansk 39, Kursk 24, Oryol 17."),
    ("ru", "Минобороны России сообщило об уничтожении 80 украинских беспилотников. По регионам: Брянская область 39, "
           "Курская область 24, Орловская область 17."),
])
def test_a_breakdown_of_places_each_with_its_figure_and_no_dash(lang, text):
    got = claims_of(text, lang=lang, published="2026-04-19")
    assert got == {air("UA", "RU", "drone", "defeated", 80, "2026-04-19"), air("UA", "RU", "drone", "defeated", 39, "2026-04-19", "RU-BRY"),
                   air("UA", "RU", "drone", "defeated", 24, "2026-04-19", "RU-KRS"),
                   air("UA", "RU", "drone", "defeated", 17, "2026-04-19", "RU-ORL")}


def test_half_a_dozen_is_six_and_several_dozen_no_figure():
    text = "Russian aircraft dropped half a dozen guided bombs on Huliaipole, and air defences downed several dozen drones."
    assert claims_of(text, published="2026-03-19") == {air("RU", "UA", "guided_bomb", "launched", 6, "2026-03-19", "UA-23")}


def test_a_count_after_and_takes_the_verb_of_its_own_clause():
    text = "A guard was killed and three workers on the morning shift were injured."
    assert claims_of(text, published="2026-03-19") == {cas("killed", 1, "2026-03-19"), cas("injured", 3, "2026-03-19")}


@pytest.mark.parametrize("lang, text", [
    ("en", "The regional administration put the toll at four dead. Ivan Petrenko and two of his colleagues were killed, "
           "as was a 70-year-old woman who lived in the house."),
    ("ru", "Областная администрация сообщила о четырёх погибших. Погибли Иван Петренко и двое из его коллег, а также "
           "70-летняя хозяйка дома."),
])
def test_some_of_someones_people_are_inside_the_toll(lang, text):
    got = {c for c in claims_of(text, lang=lang, published="2026-04-05") if c[0] == "casualties"}
    assert {c[2] for c in got} == {"4"}


@pytest.mark.parametrize("lang, text, region", [
    ("ru", "Ночью украинские беспилотники атаковали Самарскую область. Главной целью стал нефтеперерабатывающий завод.\n\n"
           "Источник сообщил, что завод атаковали около 20 дронов.", "RU-SAM"),
    ("en", "Overnight Ukrainian drones attacked the Samara region. Their main target was an oil refinery.\n\n"
           "A source said the refinery was attacked by about 20 drones.", "RU-SAM"),
])
def test_a_site_named_after_its_place_keeps_that_place(lang, text, region):
    got = claims_of(text, lang=lang, published="2025-08-14")
    assert air("UA", "RU", "drone", "launched", 20, "2025-08-14", region) in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Міністерство засуджує удар по Запоріжжю.\n\nУчора російські війська випустили по житлових кварталах міста три ракети С-300."),
    ("ru", "Министерство осуждает удар по Запорожью.\n\nВчера российские войска выпустили по жилым кварталам города три ракеты С-300."),
])
def test_the_city_s_quarters_are_the_city_named_before(lang, text):
    assert claims_of(text, lang=lang, published="2023-10-19") == {air("RU", "UA", "missile", "launched", 3, "2023-10-18", "UA-23")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уночі Росія випустила по Україні чотири балістичні ракети. Дві з чотирьох ракет росіяни випустили по Харкову."),
    ("en", "Overnight Russia fired four ballistic missiles at Ukraine. Two of the four missiles were fired at Kharkiv."),
])
def test_a_whole_restated_with_its_part_is_not_launched_at_the_parts_place(lang, text):
    got = claims_of(text, lang=lang, published="2024-11-26")
    assert got == {air("RU", "UA", "missile", "launched", 4, "2024-11-26"), air("RU", "UA", "missile", "launched", 2, "2024-11-26", "UA-63")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Представитель ВМС ВСУ назвал заявление Москвы о пяти уничтоженных катерах выдумкой."),
    ("uk", "Речник ВМС ЗСУ назвав заяву Москви про п'ять знищених катерів вигадкою."),
])
def test_a_capital_after_a_word_for_its_statement_is_its_government(lang, text):
    got = claims_of(text, lang=lang, published="2024-05-19")
    assert got and all(c[7] is None for c in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Силы ПВО сбили 40 беспилотников; ещё 15 дронов локационно потеряны, из них два вылетели в воздушное пространство Молдовы."),
    ("uk", "Сили ППО збили 40 безпілотників; ще 15 дронів локаційно втрачені, з них два залетіли в повітряний простір Молдови."),
])
def test_the_part_that_flew_into_a_third_country_leaves_the_whole(lang, text):
    got = claims_of(text, lang=lang, published="2024-10-22")
    assert air("RU", "UA", "drone", "lost", 15, "2024-10-22") in got


def test_a_village_item_under_a_home_district_is_the_home_regions():
    text = ("Governor of the Bryansk Region · Official channel\n\nSummary of the day\n\nPogar district\n"
            "— Gremyach: two UAVs attacked a farm. One employee was wounded.")
    got = claims_of(text, published="2024-05-22", source="governor")
    assert got == {air("UA", "RU", "drone", "launched", 2, "2024-05-22", "RU-BRY"), cas("injured", 1, "2024-05-22", "RU-BRY")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уночі противник атакував Україну двома ракетами Х-59.\n\nЗа добу окупанти випустили по області 412 снарядів, з них 38 — по Херсону."),
])
def test_of_them_after_a_count_of_shells_is_no_weapon_figure(lang, text):
    assert claims_of(text, lang=lang, published="2024-03-14") == {air("RU", "UA", "missile", "launched", 2, "2024-03-14")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Если на ночной удар в 500 дронов Россия тратит около 20 млн долларов, то Украина на его отражение — больше."),
    ("uk", "Якщо на нічний удар у 500 дронів Росія витрачає близько 20 млн доларів, то Україна на його відбиття — більше."),
    ("en", "If Russia spends about $20 million on a night strike of 500 drones, Ukraine spends more to repel it."),
])
def test_a_sentence_opening_on_a_condition_asserts_no_figure(lang, text):
    assert claims_of(text, lang=lang, published="2026-01-04") == set()


def test_if_by_the_numbers_before_a_colon_is_no_condition():
    text = "Если по цифрам: двести шестьдесят один беспилотник и восемь ракет."
    got = claims_of(text, lang="ru", published="2025-03-07")
    assert air("RU", "UA", "drone", "launched", 261, "2025-03-07") in got


@pytest.mark.parametrize("lang, text", [
    ("ru", "Над Республикой Крым уничтожены 20 беспилотников.\n\nГубернатор Севастополя сообщил, что над городом сбиты восемь целей.\n\n"
           "В Джанкойском районе погиб военнослужащий, ещё двое военных ранены."),
    ("uk", "Над Республікою Крим знищено 20 безпілотників.\n\nГубернатор Севастополя повідомив, що над містом збито вісім цілей.\n\n"
           "У Джанкойському районі загинув військовослужбовець, ще двоє військових поранені."),
])
def test_a_crimean_district_after_sevastopol_is_crimeas(lang, text):
    got = {c for c in claims_of(text, lang=lang, published="2025-10-03") if c[0] == "casualties"}
    assert got == {cas("killed", 1, "2025-10-03", "UA-43"), cas("injured", 2, "2025-10-03", "UA-43")}


def test_a_side_named_as_the_launcher_wins_over_partly_held_ground():
    text = ("The Zaporizhzhia governor said that over the past day Russian forces had used 300 drones against the region "
            "and had dropped 12 guided aerial bombs on the Polohy and Vasylivka districts.")
    got = claims_of(text, published="2026-02-13")
    assert air("RU", "UA", "drone", "launched", 300, "2026-02-13", "UA-23") in got
    assert air("RU", "UA", "guided_bomb", "launched", 12, "2026-02-13", "UA-23") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "ZAPORIZHZHIA, Feb 13 (Wire) - Three days after two Russian glide bombs tore through a block of flats, "
           "the city on Friday held a day of mourning."),
    ("en", "Three days after 12 Russian drones hit the port of Izmail, the city on Friday held a day of mourning."),
])
def test_a_figure_right_after_days_after_takes_that_day(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-13")
    assert {c[6] for c in got} == {"2026-02-10"}


@pytest.mark.parametrize("lang, text", [
    ("en", "They come in waves of eight to ten drones to overload air defences."),
    ("uk", "Вони заходять хвилями по вісім–десять дронів, щоб перевантажити ППО."),
    ("ru", "Они заходят волнами по восемь–десять дронов, чтобы перегрузить ПВО."),
])
def test_waves_of_so_many_drones_is_a_manner_not_a_count(lang, text):
    assert claims_of(text, lang=lang, published="2025-11-15") == set()


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уночі російські війська атакували Чернігівщину 60 ударними безпілотниками. В ОВА уточнили: 45 з них — «шахеди», "
           "ще 15 — дрони невстановленого типу."),
    ("en", "Overnight Russia attacked the Chernihiv region with 60 attack drones. The administration added: 45 of them — Shaheds, "
           "another 15 — drones of an unidentified type."),
])
def test_of_them_in_the_next_sentence_breaks_down_the_figure_before(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-03")
    assert air("RU", "UA", "drone", "launched", 45, "2026-02-03", "UA-74") in got
    assert air("RU", "UA", "drone", "launched", 15, "2026-02-03", "UA-74") in got


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In Odesa three people were injured: two women aged 52 and 70 and a 41-year-old man.", {cas("injured", 3, "2025-06-03", "UA-51")}),
    ("en", "In Odesa four people were hurt, two men and two women, and a fire burned for hours.", {cas("injured", 4, "2025-06-03", "UA-51")}),
    ("ru", "В Одессе ранены два человека, погиб 61-летний сторож.", {cas("injured", 2, "2025-06-03", "UA-51"), cas("killed", 1, "2025-06-03", "UA-51")}),
])
def test_who_the_people_of_a_total_were_is_no_figure_of_its_own(lang, text, expected):
    assert claims_of(text, lang=lang, published="2025-06-03") == expected


@pytest.mark.parametrize("lang, text", [
    ("ru", "Дрон атаковал легковой автомобиль на окраине Золочева."),
    ("uk", "Дрон атакував легковий автомобіль на околиці Золочева."),
    ("en", "A drone attacked a car on the outskirts of Zolochiv."),
])
def test_zolochiv_of_the_war_reports_is_kharkivs_in_every_language(lang, text):
    assert claims_of(text, lang=lang, published="2025-04-24") == {air("RU", "UA", "drone", "launched", 1, "2025-04-24", "UA-63")}


@pytest.mark.parametrize("lang, text", [
    ("uk", "Уламки пошкодили зерновий термінал, поранено двох портовиків."),
    ("ru", "Обломки повредили зерновой терминал, ранены двое портовиков."),
])
def test_port_workers_are_people(lang, text):
    assert claims_of(text, lang=lang, published="2025-10-18") == {cas("injured", 2, "2025-10-18")}


def test_including_after_a_weapon_figure_breaks_it_down_with_no_verb_in_the_sentence():
    text = ("Russia's defence ministry said it had destroyed 500 Ukrainian drones during the week. Its largest single-night "
            "figure came overnight into Friday, 21 November: 100 drones, including 30 over the Rostov region and 20 over "
            "the Volgograd region.")
    got = claims_of(text, published="2025-11-23")
    assert air("UA", "RU", "drone", "defeated", 30, "2025-11-21", "RU-ROS") in got
    assert air("UA", "RU", "drone", "defeated", 20, "2025-11-21", "RU-VGG") in got


def test_damaged_shops_are_no_casualties():
    text = "В Днепре ранены 12 человек. Из 19 пострадавших торговых точек страховку имели только две."
    assert claims_of(text, lang="ru", published="2023-09-12") == {cas("injured", 12, "2023-09-12", "UA-12")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ещё 24 беспилотника локационно потеряны – по оценке военных, в основном это были дроны-имитаторы."),
    ("uk", "Ще 24 безпілотники локаційно втрачені – за оцінкою військових, здебільшого це були дрони-імітатори."),
])
def test_a_word_after_a_dash_does_not_unmake_the_figure_before_it(lang, text):
    assert claims_of(text, lang=lang, published="2026-03-14") == {air("RU", "UA", "drone", "lost", 24, "2026-03-14")}


def test_kinzhal_spelled_the_ukrainian_way_in_russian():
    got = claims_of("Противник выпустил шесть аэробаллистических «Кинджалов».", lang="ru", published="2024-10-06")
    assert got == {air("RU", "UA", "missile", "launched", 6, "2024-10-06")}


@pytest.mark.parametrize("lang, text, weapon_type", [
    ("en", "Russia fired one Oreshnik missile at Dnipro.", "Oreshnik"),
    ("ru", "Над Брянской областью сбиты три беспилотника «Лютый».", "Lyutyi"),
    ("uk", "Над Брянщиною збито два дрони FP-2.", "FP-2"),
])
def test_weapon_types_are_named_alike_in_every_language(lang, text, weapon_type):
    doc = Document(text=text, lang=lang, published=date.fromisoformat("2024-11-21"))
    assert {c.weapon_type for c in extract(doc) if c.kind == "air_attack"} == {weapon_type}


@pytest.mark.parametrize("lang, text", [
    ("ru", "Если верить Минобороны, до целей не долетел почти ни один дрон."),
    ("ru", "До целей не долетел ни один дрон."),
    ("uk", "— А якщо прилетить не сто, а тисяча дронів за ніч?"),
])
def test_none_and_what_ifs_give_no_figure(lang, text):
    assert claims_of(text, lang=lang, published="2025-05-11") == set()


@pytest.mark.parametrize("lang, text", [
    ("ru", "Если верить Минобороны, за ночь сбиты 30 дронов."),
    ("en", "If the ministry is to be believed, 30 drones were shot down overnight."),
])
def test_if_a_source_is_to_be_believed_is_a_source_not_a_condition(lang, text):
    got = claims_of(text, lang=lang, published="2025-05-11")
    assert [(c[4], c[5]) for c in got] == [("defeated", "30")]


def test_a_verb_before_a_semicolon_does_not_govern_the_counts_after_it():
    got = claims_of("The air force said Russia had launched 120 drones and five missiles overnight; 101 drones and "
                    "three of the missiles were shot down or suppressed.", published="2026-02-11")
    assert air("RU", "UA", "drone", "defeated", 101, "2026-02-11") in got
    assert air("RU", "UA", "drone", "launched", 101, "2026-02-11") not in got


def test_a_speaker_aside_between_a_count_and_its_verb():
    got = claims_of("Russia attacked Sumy with twelve drones overnight. Three of them hit a warehouse; "
                    "nine, the mayor said, were shot down.", published="2026-02-11")
    assert air("RU", "UA", "drone", "defeated", 9, "2026-02-11", "UA-59") in got


def test_a_city_the_drones_flew_towards_is_not_the_city_the_diary_means():
    text = ("KHERSON DIARY\nMonday\nThe Air Force counted 90 drones overnight, most of them towards Odesa and Mykolaiv. "
            "In the afternoon the Russians dropped guided bombs on the city, three of them by the governor's count.")
    got = claims_of(text, published="2025-10-06")
    assert air("RU", "UA", "guided_bomb", "launched", 3, "2025-10-06", "UA-65") in got


def test_a_count_after_a_dated_line_label_is_a_figure_not_a_clock_time():
    got = claims_of("Some of the largest attacks:\n* 6 July 2025: 540 drones and 11 missiles.", published="2026-01-20")
    assert air("RU", "UA", "drone", "launched", 540, "2025-07-06") in got


def test_the_date_heading_a_line_says_which_weekday_it_means():
    got = claims_of("Earlier strikes:\n* 3 May 2025: a missile hit the centre of Kharkiv on Saturday morning, killing four people.",
                    published="2026-01-20")
    assert cas("killed", 4, "2025-05-03", "UA-63") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Final report\nA missile struck a block of flats in Poltava on 2 March.\n"
           "Interim figures (for the record only):\n- 2 March, 09:00: 3 dead, 12 injured;\n- 3 March, 18:00: 7 dead.\n"
           "In total, 9 people were killed in the strike."),
    ("uk", "Підсумкове повідомлення\n2 березня ракета влучила в житловий будинок у Полтаві.\n"
           "Проміжні дані (для довідки):\n– 02.03, 09:00 — 3 загиблих, 12 травмованих;\n– 03.03, 18:00 — 7 загиблих.\n"
           "Усього внаслідок удару загинули 9 осіб."),
    ("ru", "Итоговое сообщение\n2 марта ракета попала в жилой дом в Полтаве.\n"
           "Промежуточные данные (устарели):\n— 2 марта, 09:00: 3 погибших, 12 травмированных;\n— 3 марта, 18:00: 7 погибших.\n"
           "Всего в результате удара погибли 9 человек."),
])
def test_a_list_under_an_interim_lead_is_superseded(lang, text):
    got = {c for c in claims_of(text, lang=lang, published="2025-03-05") if c[0] == "casualties"}
    assert got == {cas("killed", 9, "2025-03-02", "UA-53")}


def test_an_item_dated_on_its_own_does_not_take_the_place_of_the_item_before():
    text = ("Some of the largest attacks:\n* 4 April 2025: a missile hit Kryvyi Rih, killing 20 people.\n"
            "* 9 July 2025: 728 drones and 13 missiles.")
    got = claims_of(text, published="2026-01-20")
    assert air("RU", "UA", "drone", "launched", 728, "2025-07-09") in got


def test_a_heading_that_says_who_attacked_whom_speaks_for_every_item_below_it():
    text = ("Intro.\n\nUKRAINIAN ATTACKS ON RUSSIA\n* 11 March 2025: the ministry said it destroyed 337 Ukrainian drones.\n"
            "* 1 June 2025: 117 drones were launched from trucks at four air bases, according to President Zelensky.")
    got = claims_of(text, published="2026-01-20")
    assert air("UA", "RU", "drone", "launched", 117, "2025-06-01") in got


def test_a_figure_told_before_the_story_s_day_is_not_that_day_s():
    text = ("Last night Russia launched 200 drones against Ukraine, the air force said.\n\n"
            "An MP noted that Russia's defence ministry claimed on Saturday to have shot down three Storm Shadow "
            "missiles over the Bryansk region.")
    got = claims_of(text, published="2025-11-24")
    assert air("UA", "RU", "missile", "defeated", 3, "2025-11-22", "RU-BRY") in got


def test_n_more_after_and_is_the_same_kind_and_a_night_window_dates_it():
    got = claims_of("Air defence units shot down four drones on Saturday afternoon, and 23 more between 21:00 on "
                    "Saturday and 07:00 on Sunday, the ministry said.", published="2025-10-27")
    assert air("UA", "RU", "drone", "defeated", 23, "2025-10-26") in got or \
        air("RU", "UA", "drone", "defeated", 23, "2025-10-26") in got


def test_drones_that_reached_their_targets_hit_in_ukrainian():
    got = claims_of("Щонайменше три дрони досягли цілей на аеродромі в Ростовській області.", lang="uk", published="2026-01-28")
    assert air("UA", "RU", "drone", "hit", 3, "2026-01-28", "RU-ROS") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Correction: 373 drones were shot down (not 371, as reported earlier)."),
    ("uk", "Уточнення: збито/подавлено 373 БпЛА (а не 371, як повідомлялося раніше)."),
    ("ru", "Уточнение: сбиты 373 БПЛА (а не 371, как сообщалось ранее)."),
])
def test_a_figure_set_aside_in_brackets_is_no_claim(lang, text):
    got = claims_of(text, lang=lang, published="2026-01-09")
    assert [c[5] for c in got] == ["373"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Six people were killed, four of them in Kyiv."),
    ("uk", "Загинули 6 людей, з них 4 — у Києві."),
    ("ru", "Погибли 6 человек, из них 4 — в Киеве."),
])
def test_the_place_of_a_part_is_not_the_total_s(lang, text):
    got = claims_of(text, lang=lang, published="2026-02-14")
    assert got == {cas("killed", 6, "2026-02-14"), cas("killed", 4, "2026-02-14", "UA-30")}


def test_a_national_figure_ends_the_place_the_sentences_before_carried():
    text = ("07:50 Київщина: у Броварському районі дрон влучив у приватний будинок.\n"
            "08:40 Повітряні сили: у ніч на 9 січня противник атакував 430 засобами повітряного нападу. "
            "Збито/подавлено 371 БпЛА та 19 ракет.")
    got = claims_of(text, lang="uk", published="2026-01-09")
    assert air("RU", "UA", "drone", "defeated", 371, "2026-01-09") in got


def test_a_village_before_its_district_lies_in_the_district_s_region():
    got = claims_of("Утром в селе Масловка Белгородского района FPV-дрон атаковал легковой автомобиль.",
                    lang="ru", published="2024-05-18")
    assert got == {air("UA", "RU", "drone", "launched", 1, "2024-05-18", "RU-BEL")}


def test_a_first_name_that_is_also_a_town_and_a_region_s_byname():
    text = ("«НОВОСТИ БЕЛОГОРЬЯ». Артём, вам слово.\nАРТЁМ: В Шебекино днём снаряд попал во двор пятиэтажки, "
            "ранены трое.")
    got = claims_of(text, lang="ru", published="2024-05-18")
    assert cas("injured", 3, "2024-05-18", "RU-BEL") in got


def test_a_feed_entry_does_not_take_the_place_of_the_entry_before():
    text = ("ТАЙМКОДЫ\n02:15 — Ночь на понедельник: Воздушные силы насчитали 116 ударных дронов.\n"
            "08:40 — Вторник: днём россияне сбросили на Харьков три управляемые авиабомбы.\n"
            "15:10 — Ночь на четверг, главная атака недели: 412 дронов и 28 ракет.\n"
            "21:30 — Киев после атаки: погиб один человек.")
    got = claims_of(text, lang="ru", published="2025-10-12")
    assert air("RU", "UA", "drone", "launched", 412, "2025-10-09") in got


def test_a_verbless_dash_figure_takes_the_verb_of_the_sentence_before():
    got = claims_of("На Львівщині ППО збила дві крилаті ракети та шість дронів. Над Рівненщиною та Волинню — "
                    "по три безпілотники.", lang="uk", published="2026-02-26")
    assert air("RU", "UA", "drone", "defeated", 3, "2026-02-26", "UA-56") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Одещина: над областю мінуснули 20 мопедів."),
    ("ru", "Одесская область: над областью минусанули 20 мопедов."),
])
def test_bloggers_slang_for_shaheds_and_downing_them(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-10")
    assert got == {air("RU", "UA", "drone", "defeated", 20, "2025-11-10", "UA-51")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Overnight 23 drones were downed. Most of them over the Odesa region (12) and the Mykolaiv region (7)."),
    ("ru", "За ночь сбиты 23 дрона. Больше всего — над Одесской областью (12) и Николаевской (7)."),
])
def test_figures_in_brackets_after_their_places_break_down_the_figure_before(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-24")
    assert air("RU", "UA", "drone", "defeated", 12, "2025-03-24", "UA-51") in got
    assert air("RU", "UA", "drone", "defeated", 7, "2025-03-24", "UA-48") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Збито 8 дронів, два долетіли, ще 25 не долетіли до цілей."),
    ("ru", "Сбиты 8 дронов, два долетели, ещё 25 не долетели до целей."),
])
def test_those_that_got_through_hit_and_those_that_did_not_are_lost(lang, text):
    got = claims_of(text, lang=lang, published="2025-03-24")
    assert got == {air("RU", "UA", "drone", "defeated", 8, "2025-03-24"), air("RU", "UA", "drone", "hit", 2, "2025-03-24"),
                   air("RU", "UA", "drone", "lost", 25, "2025-03-24")}


def test_one_of_four_tanks_counts_tanks_not_the_drones_before():
    got = claims_of("At least six drones reached the depot near Rostov overnight. One of four above-ground tanks "
                    "has collapsed.", published="2025-04-06")
    assert {c[5] for c in got} == {"6"}


@pytest.mark.parametrize("lang, text", [
    ("en", "Doctors said that a 78-year-old man, one of the four people pulled out injured last night, died this afternoon."),
    ("uk", "Один із шести портовиків, поранених учора в Чорноморську, помер уночі в лікарні."),
])
def test_the_group_one_of_them_came_from_is_no_toll_of_its_own(lang, text):
    got = claims_of(text, lang=lang, published="2025-11-18")
    assert {(c[1], c[2]) for c in got} == {("killed", "1")}


def test_a_place_past_a_semicolon_is_not_the_toll_s():
    text = ("ZAPORIZHZHIA NOTEBOOK\nTwo missiles hit a hostel in Zaporizhzhia overnight. "
            "Nine wounded still, the boy among them; he has been moved to Kyiv for surgery.")
    got = claims_of(text, published="2026-02-05")
    assert cas("injured", 9, "2026-02-05", "UA-23") in got


def test_a_headline_s_dated_attack_dates_the_figures_below_it():
    text = ("ORBITAL EYE\nThe air base after the 6 April strike: what the images show\n10 April 2025 · by our imagery team\n\n"
            "SUMMARY\n"
            "- Imagery from 7 and 9 April shows damage at three sites.\n"
            "- In our assessment, at least six drones reached the base in the Rostov region.")
    got = claims_of(text, published="2025-04-10")
    assert air("UA", "RU", "drone", "hit", 6, "2025-04-06", "RU-ROS") in got


def test_a_total_brought_up_to_date_replaces_the_earlier_one():
    text = ("STATEMENT 1\nOur hospital in Dnipro has received 19 people injured in today's missile strike.\n\n"
            "STATEMENT 2\nIn total, our hospital has now treated 23 people injured in the strike.")
    got = {c for c in claims_of(text, published="2025-03-03") if c[0] == "casualties"}
    assert got == {cas("injured", 23, "2025-03-03", "UA-12")}


def test_a_later_death_the_risen_toll_right_after_it_counts():
    text = ("Statements on the patients of the missile strike of 3 March 2025.\n\nSTATEMENT 3 · 6 March 2025\n"
            "Last night a 71-year-old woman who had been in intensive care since the strike also died. "
            "With her death, the number of people killed by the 3 March strike in Dnipro has risen to seven.")
    got = {c for c in claims_of(text, published="2025-03-06") if c[0] == "casualties"}
    assert got == {cas("killed", 7, "2025-03-03", "UA-12")}


@pytest.mark.parametrize("lang, text, count", [
    ("uk", "Минулої доби по Сумщині зафіксовано 37 скидів керованих авіабомб.", 37),
    ("ru", "За минувшие сутки по Сумской области зафиксировано 37 сбросов управляемых авиабомб.", 37),
])
def test_a_count_of_drops_counts_the_bombs_dropped(lang, text, count):
    got = claims_of(text, lang=lang, published="2025-12-05")
    assert got == {air("RU", "UA", "guided_bomb", "launched", count, "2025-12-05", "UA-59")}


def test_our_drones_are_drones():
    got = claims_of("Міноборони Росії заявило, що в ніч на 4 грудня збило 58 наших дронів.", lang="uk",
                    published="2025-12-05")
    assert got == {air("UA", "RU", "drone", "defeated", 58, "2025-12-04")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia's defence ministry said it downed 58 drones overnight, including over the Saratov region."),
    ("ru", "Минобороны сообщило, что за ночь сбиты 58 беспилотников, в том числе над Саратовской областью."),
])
def test_a_place_some_of_a_total_were_over_is_not_the_total_s(lang, text):
    got = claims_of(text, lang=lang, published="2025-12-05")
    assert got == {air("UA", "RU", "drone", "defeated", 58, "2025-12-05")}


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Киеве 2 погибших и 18 «пострадавших»."),
    ("en", "In Kyiv 2 dead and 18 \"injured\"."),
])
def test_a_casualty_word_in_quotes_still_says_what_befell_them(lang, text):
    got = claims_of(text, lang=lang, published="2025-09-03")
    assert got == {cas("killed", 2, "2025-09-03", "UA-30"), cas("injured", 18, "2025-09-03", "UA-30")}


def test_a_bare_target_is_on_the_ground():
    assert claims_of("Главной целью была энергетика — удары пришлись на 15 областей.", lang="ru",
                     published="2025-09-03") == set()


def test_a_glossary_s_codes_are_no_figures():
    assert claims_of("KIA / 200 = killed, WIA / 300 = wounded, PPO = air defence.", published="2025-09-03") == set()


@pytest.mark.parametrize("text", ["73 drones shot down over Kyiv??", "176 launched and only 149 downed?!"])
def test_a_figure_asked_back_in_disbelief_is_not_asserted(text):
    assert claims_of(text, published="2026-03-10") == set()


def test_a_verbless_figure_told_before_is_the_same_figure():
    text = ("Air defence destroyed 37 drones over Kyiv overnight, the city administration said.\n\n"
            "COMMENTS\nolena_k: 37 drones over the city alone, and people still ask why we don't sleep.")
    got = claims_of(text, published="2026-03-10")
    assert got == {air("RU", "UA", "drone", "defeated", 37, "2026-03-10", "UA-30")}


def test_n_of_our_drones():
    got = claims_of("The Russian MoD says it shot down 52 of our drones last night, 21 of them over Bryansk.",
                    published="2026-03-10")
    assert got == {air("UA", "RU", "drone", "defeated", 52, "2026-03-10"),
                   air("UA", "RU", "drone", "defeated", 21, "2026-03-10", "RU-BRY")}


@pytest.mark.parametrize("lang, text", [
    ("en", "Entrances 3 and 4 are destroyed."),
    ("uk", "Під'їзди 3 і 4 зруйновано."),
    ("ru", "Подъезды 3 и 4 разрушены."),
])
def test_numbers_that_label_entrances_are_no_figures(lang, text):
    assert claims_of(text, lang=lang, published="2024-09-21") == set()


def test_a_service_s_regional_branch_in_its_letterhead_reports_on_its_region():
    text = ("STATE EMERGENCY SERVICE OF UKRAINE\nMain Directorate in Zhytomyr Region\n\nFINAL REPORT\n"
            "At 03:52 on 17 September 2024 a cruise missile struck a nine-storey building on Vitruka Street.")
    got = claims_of(text, published="2024-09-21")
    assert air("RU", "UA", "missile", "hit", 1, "2024-09-17", "UA-18") in got


@pytest.mark.parametrize("lang, text", [
    ("en", "Largest attacks:\n* 26 August 2024: 236 weapons: 127 missiles and 109 drones."),
    ("uk", "Найбільші атаки:\n▪ 26 серпня 2024 р. — 236 засобів: 127 ракет і 109 дронів."),
    ("ru", "Крупнейшие атаки:\n▪ Ночь на 26 августа 2024 года — 236 средств: 127 ракет и 109 дронов."),
])
def test_a_count_of_means_before_its_breakdown_counts_them_all(lang, text):
    got = claims_of(text, lang=lang, published="2026-01-20")
    assert air("RU", "UA", "any", "launched", 236, "2024-08-26") in got
    assert air("RU", "UA", "drone", "launched", 109, "2024-08-26") in got


@pytest.mark.parametrize("lang, text", [
    ("uk", "Поранених не 17."),
    ("ru", "Раненых не 17."),
    ("en", "The injured were not 17."),
])
def test_a_figure_denied_with_none_in_its_place_is_no_claim(lang, text):
    assert claims_of(text, lang=lang, published="2025-06-05") == set()


def test_a_kind_of_site_named_for_its_production_is_no_production_figure():
    got = claims_of("In the Poltava region, a drone hit a gas production facility in the Myrhorod district.",
                    published="2025-08-12")
    assert got == {air("RU", "UA", "drone", "hit", 1, "2025-08-12", "UA-53")}


def test_a_person_of_sixty_in_words_is_an_age():
    got = claims_of("A man of sixty was killed. A boy of fourteen was injured.", published="2026-02-03")
    assert got == {cas("killed", 1, "2026-02-03"), cas("injured", 1, "2026-02-03")}
