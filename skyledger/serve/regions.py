"""A tile cartogram of Ukraine and the Russian regions near it.

No package carries region outlines for both countries under a licence we can
ship, so the map is a grid we laid out ourselves: one square per ISO 3166-2
region, placed so that neighbours stay roughly neighbours (Belgorod above
Kharkiv, Rostov beside Donetsk and Luhansk, Moscow to the north). It shows
magnitudes by region, not shapes or distances.
"""
from __future__ import annotations

# code: (English name, column, row); columns run west to east, rows north to south.
TILES: dict[str, tuple[str, int, int]] = {
    # Ukraine: all 27 codes
    "UA-07": ("Volyn", 0, 6), "UA-56": ("Rivne", 1, 6), "UA-18": ("Zhytomyr", 2, 6),
    "UA-32": ("Kyiv oblast", 3, 6), "UA-74": ("Chernihiv", 4, 6), "UA-59": ("Sumy", 5, 6),
    "UA-46": ("Lviv", 0, 7), "UA-61": ("Ternopil", 1, 7), "UA-68": ("Khmelnytskyi", 2, 7),
    "UA-30": ("Kyiv", 3, 7), "UA-71": ("Cherkasy", 4, 7), "UA-53": ("Poltava", 5, 7),
    "UA-63": ("Kharkiv", 6, 7), "UA-09": ("Luhansk", 7, 7),
    "UA-21": ("Zakarpattia", 0, 8), "UA-26": ("Ivano-Frankivsk", 1, 8), "UA-77": ("Chernivtsi", 2, 8),
    "UA-05": ("Vinnytsia", 3, 8), "UA-35": ("Kirovohrad", 4, 8), "UA-12": ("Dnipropetrovsk", 5, 8),
    "UA-14": ("Donetsk", 6, 8),
    "UA-51": ("Odesa", 3, 9), "UA-48": ("Mykolaiv", 4, 9), "UA-65": ("Kherson", 5, 9),
    "UA-23": ("Zaporizhzhia", 6, 9),
    "UA-40": ("Sevastopol", 4, 10), "UA-43": ("Crimea", 5, 10),
    # Russia: the border regions and those further in that drones reach
    "RU-SPE": ("St Petersburg", 2, 1), "RU-LEN": ("Leningrad", 3, 1),
    "RU-PSK": ("Pskov", 2, 2), "RU-NGR": ("Novgorod", 3, 2), "RU-MOW": ("Moscow", 4, 2),
    "RU-YAR": ("Yaroslavl", 5, 2), "RU-VLA": ("Vladimir", 6, 2), "RU-NIZ": ("Nizhny Novgorod", 7, 2),
    "RU-TA": ("Tatarstan", 8, 2), "RU-BA": ("Bashkortostan", 9, 2),
    "RU-TVE": ("Tver", 3, 3), "RU-MOS": ("Moscow oblast", 4, 3), "RU-TUL": ("Tula", 5, 3),
    "RU-RYA": ("Ryazan", 6, 3), "RU-SAM": ("Samara", 8, 3),
    "RU-SMO": ("Smolensk", 3, 4), "RU-KLU": ("Kaluga", 4, 4), "RU-ORL": ("Oryol", 5, 4),
    "RU-LIP": ("Lipetsk", 6, 4), "RU-TAM": ("Tambov", 7, 4), "RU-PNZ": ("Penza", 8, 4),
    "RU-BRY": ("Bryansk", 4, 5), "RU-KRS": ("Kursk", 5, 5), "RU-SAR": ("Saratov", 8, 5),
    "RU-BEL": ("Belgorod", 6, 6), "RU-VOR": ("Voronezh", 7, 6),
    "RU-VGG": ("Volgograd", 8, 7),
    "RU-ROS": ("Rostov", 7, 8), "RU-KL": ("Kalmykia", 8, 8), "RU-AST": ("Astrakhan", 9, 8),
    "RU-KDA": ("Krasnodar", 7, 9), "RU-STA": ("Stavropol", 8, 9),
}

TILE_W, TILE_H, GAP = 76, 50, 4
METRICS = {
    "attacks": "attacks reported (events)",
    "defeated": "drones defeated",
    "casualties": "people killed or injured",
}


def region_name(code: str | None) -> str:
    if not code:
        return "—"
    tile = TILES.get(code)
    return tile[0] if tile else code


def layout(values: dict[str, int]) -> dict:
    """Tiles with their place, value and shade (0–5), and the regions the grid does not hold."""
    top = max([v for v in values.values() if v] or [0])
    tiles = []
    for code, (name, col, row) in TILES.items():
        value = values.get(code, 0)
        tiles.append({
            "code": code, "name": name, "country": code[:2], "value": value,
            "x": col * (TILE_W + GAP), "y": (row - 1) * (TILE_H + GAP),
            "shade": shade(value, top),
        })
    width = max(t["x"] for t in tiles) + TILE_W
    height = max(t["y"] for t in tiles) + TILE_H
    others = sorted((code, v) for code, v in values.items() if code not in TILES and v)
    return {"tiles": tiles, "width": width, "height": height, "top": top, "others": others,
            "tile_w": TILE_W, "tile_h": TILE_H}


def shade(value: int, top: int) -> int:
    """Five classes on a square-root scale, so one huge figure does not wash out the rest."""
    if not value or not top:
        return 0
    return max(1, min(5, round(5 * (value / top) ** 0.5)))
