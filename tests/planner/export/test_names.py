"""Waypoint names and file names: accents, duplicates, length, FAT32."""

from __future__ import annotations

import pytest

from patrol_planner.planner.export import ASCII, UNICODE, UniqueNamer, clean_name, numbered, safe_file_stem, to_ascii


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ñaupa", "Naupa"),
        ("Río Ucayali", "Rio Ucayali"),
        ("Pucallpa–Atalaya", "Pucallpa-Atalaya"),
        ("Asháninka", "Ashaninka"),
        ("Shipibo-Konibo", "Shipibo-Konibo"),
        ("Œuvre ß", "OEuvre ss"),
        ("camp 2º", "camp 2o"),
        ("名前", ""),
        ("a\tb\nc", "a b c"),
    ],
)
def test_to_ascii_transliterates(text, expected):
    assert to_ascii(text) == expected


def test_clean_name_keeps_accents_only_for_unicode_units():
    assert clean_name("  Ñuñu \x00 río  ", 20, ASCII) == "Nunu rio"
    assert clean_name("  Ñuñu \x00 río  ", 20, UNICODE) == "Ñuñu río"
    assert clean_name("Campamento Añaño", 10, ASCII) == "Campamento"
    assert clean_name("Añaño grande", 6, ASCII) == "Anano"  # no trailing space after cutting


def test_duplicates_get_suffixes_within_the_length():
    namer = UniqueNamer(6)
    names = [namer.name(n) for n in ["Añaño", "Anano", "ANANO", "Añaño", "P07", "P07"]]
    assert names == ["Anano", "Anan-2", "ANAN-3", "Anan-4", "P07", "P07-2"]
    assert len({n.lower() for n in names}) == len(names)
    assert all(len(n) <= 6 and n.isascii() for n in names)


def test_accent_insensitive_duplicates_on_unicode_units():
    namer = UniqueNamer(10, UNICODE)
    assert [namer.name("Ñaupa"), namer.name("Naupa"), namer.name("naupa")] == ["Ñaupa", "Naupa-2", "naupa-3"]


def test_suffix_does_not_collide_with_an_existing_name():
    namer = UniqueNamer(8)
    namer.reserve("P07-2")
    assert [namer.name("P07"), namer.name("P07")] == ["P07", "P07-3"]


def test_empty_names_fall_back_and_stay_unique():
    namer = UniqueNamer(5)
    assert [namer.name("名前"), namer.name("", fallback="P"), namer.name("")] == ["WPT", "P", "WPT-2"]
    with pytest.raises(ValueError):
        UniqueNamer(2)


def test_numbered_sorts_in_visiting_order():
    assert numbered("P", 7, 12) == "P07"
    assert numbered("P", 7, 120) == "P007"
    assert numbered("C", 1, 3) == "C01"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Equipo Ñ", "Equipo_N"),
        ('a<b>c:d"e/f\\g|h?i*j', "a_b_c_d_e_f_g_h_i_j"),
        ("con", "_con"),
        ("COM1", "_COM1"),
        ("lpt9.tar", "_lpt9.tar"),
        ("CONSOLA", "CONSOLA"),
        ("...", "plan"),
        ("  . x . ", "x"),
        ("tab\there\x01", "tab_here"),
        ("x" * 50, "x" * 32),
        ("", "plan"),
    ],
)
def test_safe_file_stem_is_fat32_safe(text, expected):
    stem = safe_file_stem(text)
    assert stem == expected
    assert stem.isascii() and not any(c in stem for c in '<>:"/\\|?*') and len(stem) <= 32
    assert not stem.endswith((".", " "))
