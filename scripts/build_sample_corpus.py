"""Writes corpus.jsonl, the demo corpus. The texts are the project's own,
written in the styles of a wire service, Ukraine's Air Force and Russia's
Defence Ministry; the Air Force nights follow the official per-night figures
of June 2025, the rest is illustrative. Run: python scripts/build_sample_corpus.py"""
import json
from pathlib import Path

DOCS = [
    {
        "published": "2025-06-09", "lang": "uk", "source": "air_force",
        "url": "https://example.org/airforce/2025-06-09",
        "text": (
            "У ніч на 9 червня (з 20:00 8 червня) противник атакував 499 засобами повітряного нападу:\n"
            "– 479 ударними БпЛА типу Shahed та дронами-імітаторами різних типів;\n"
            "– 4 аеробалістичними ракетами Х-47М2 «Кинджал» (Тамбовська обл.);\n"
            "– 3 крилатими ракетами Х-22 (акваторія Чорного моря).\n"
            "За попередніми даними, станом на 10:30 збито/подавлено 460 засобів повітряного нападу:\n"
            "– 4 ракети «Кинджал»;\n"
            "– 277 ворожих БпЛА збито вогневими засобами, ще 183 локаційно втрачені.\n"
            "Зафіксовано влучання на 10 локаціях."
        ),
    },
    {
        "published": "2025-06-09", "lang": "en", "source": "wire",
        "url": "https://example.org/wire/2025-06-09-record",
        "text": (
            "KYIV, June 9 — Russia attacked Ukraine overnight with 479 drones, the largest drone barrage of the "
            "war so far, and with 20 missiles of various types, Ukraine's air force said on Monday.\n\n"
            "Air defence units shot down 277 of the drones and 19 of the missiles, while another 183 drones "
            "were lost from radar, the air force said. The heaviest blows fell on the west of the country.\n\n"
            "In the Rivne region, two people were injured when debris fell on a private house, the regional "
            "governor said."
        ),
    },
    {
        "published": "2025-06-10", "lang": "en", "source": "air_force",
        "url": "https://example.org/airforce/2025-06-10",
        "text": (
            "On the night of 10 June (from 20:00 on 9 June), the enemy attacked with 322 air attack assets:\n"
            "– 315 Shahed-type strike UAVs and decoy drones of various types;\n"
            "– 2 Iskander-M/KN-23 ballistic missiles (Voronezh region);\n"
            "– 5 Iskander-K cruise missiles (Kursk region).\n"
            "As of 09:00, air defence shot down or suppressed 284 air attack assets: all 7 missiles and "
            "213 UAVs; 64 decoy drones were locationally lost.\n"
            "The main targets were Kyiv and Odesa."
        ),
    },
    {
        "published": "2025-06-10", "lang": "ru", "source": "local_news",
        "url": "https://example.org/ru-news/2025-06-10",
        "text": (
            "В ночь на вторник Россия выпустила по Украине 315 беспилотников и семь ракет, сообщили Воздушные "
            "силы ВСУ. По их данным, сбиты или подавлены 277 целей.\n\n"
            "В Одессе в результате атаки погиб один человек, ещё девять ранены, сообщил глава областной "
            "военной администрации."
        ),
    },
    {
        "published": "2025-06-12", "lang": "ru", "source": "defence_ministry",
        "url": "https://example.org/mod/2025-06-12",
        "text": (
            "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 52 украинских "
            "беспилотных летательных аппарата самолетного типа:\n"
            "41 — над территорией Белгородской области,\n"
            "6 — над территорией Курской области,\n"
            "5 — над территорией Воронежской области."
        ),
    },
    {
        "published": "2025-06-12", "lang": "en", "source": "governor",
        "url": "https://example.org/belgorod/2025-06-12",
        "text": (
            "Belgorod region governor, official channel\n\n"
            "Since early morning the Armed Forces of Ukraine have attacked the region with drones. Three people "
            "were injured in Shebekino, one of them a teenager; all are being treated in hospital.\n\n"
            "Air defence destroyed most of the drones over the region. Details of the damage are being clarified."
        ),
    },
    {
        "published": "2025-06-12", "lang": "uk", "source": "air_force",
        "url": "https://example.org/airforce/2025-06-12",
        "text": (
            "У ніч на 12 червня (з 22:00 11 червня) противник атакував 63 ударними БпЛА типу Shahed та "
            "дронами-імітаторами різних типів.\n"
            "Станом на 09:00 збито/подавлено 28 ворожих БпЛА, ще 21 дрон-імітатор локаційно втрачено.\n"
            "Зафіксовано влучання 7 ударних БпЛА на чотирьох локаціях."
        ),
    },
    {
        "published": "2025-06-13", "lang": "en", "source": "wire",
        "url": "https://example.org/wire/2025-06-13",
        "text": (
            "Russia launched 55 drones and four Iskander-M ballistic missiles at Ukraine overnight into Friday, "
            "the air force said. Air defences downed 28 of the drones and another 15 were lost to electronic "
            "jamming; none of the missiles were intercepted.\n\n"
            "In Kharkiv, one person was killed and 17 were injured, including two children, the mayor said.\n\n"
            "Russia's defence ministry said separately that its air defences had destroyed 39 Ukrainian drones "
            "overnight, 17 of them over the Bryansk region."
        ),
    },
    {
        "published": "2025-06-12", "lang": "en", "source": "wire",
        "url": "https://example.org/wire/2025-06-12-seed",
        "text": (
            "Russia's recent barrage peaked on Monday, when almost 500 drones were launched at Ukraine in a "
            "single night; on Tuesday night a further 315 drones and seven missiles followed, Ukrainian "
            "officials said.\n\n"
            "Negotiators from both sides last met for talks in Istanbul on 2 June. Ukrainian President "
            "Volodymyr Zelenskyy said on Thursday: \"Only pressure will bring Moscow to the table.\"\n\n"
            "The European Union has proposed lowering the price cap on Russian oil from USD 60 to USD 45 a barrel."
        ),
    },
]

with (Path(__file__).resolve().parents[1] / "skyledger" / "samples" / "corpus.jsonl").open("w", encoding="utf-8") as fh:
    for doc in DOCS:
        fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
