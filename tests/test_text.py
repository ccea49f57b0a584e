"""Splitting text into sentences and tokens, and what extraction leaves behind in memory."""
import gc
from datetime import date

from skyledger.extract import extract
from skyledger.extract import text as text_module
from skyledger.extract.text import new_flag, prepare, sentences, tokenize
from skyledger.lang import load
from skyledger.models import Document


def spans(text, lang="en"):
    return [(t.text, t.start, t.end, t.kind) for t in tokenize(text, 0, lang)]


def test_tokens_keep_their_offsets_and_split_inside_chunks():
    text = "(Kharkiv), Kyiv's 28-year-old  resident: 1,200 drones."
    got = spans(text)
    assert [t for t, *_ in got] == ["(", "Kharkiv", ")", ",", "Kyiv", "'s", "28-year-old", "resident", ":",
                                    "1,200", "drones", "."]
    assert all(text[a:b] == t for t, a, b, _ in got)
    assert spans(text) == got  # read again from the chunk cache: the same tokens


def test_a_number_with_a_space_inside_is_one_token():
    for text in ("Збито 5 438 дронів", "Збито 5\u00a0438 дронів"):
        got = spans(text, "uk")
        assert got[1][0].replace("\u00a0", " ") == "5 438" and got[1][3] == "num"
    assert [t for t, *_ in spans("Збито 5 дронів, 438 ракет", "uk")][1:3] == ["5", "дронів"]


def test_a_sentence_ends_after_a_name_that_ends_in_one_letter():
    text = "Росіяни випустили дві ракети Іскандер-К. Обидві збито. Зустрічалися з В. Кличком."
    assert [s.text for s in sentences(text, "uk")] == ["Росіяни випустили дві ракети Іскандер-К.", "Обидві збито.",
                                                       "Зустрічалися з В. Кличком."]


def test_offsets_are_document_offsets():
    text = "Headline\n\nRussia launched 40 drones. Ten were shot down."
    for sent in sentences(text, "en"):
        assert all(text[t.start:t.end] == t.text for t in sent.tokens)


def test_extraction_leaves_no_garbage_for_the_collector_and_restores_its_state():
    doc = Document(text="Russia launched 40 drones at Kharkiv overnight, the governor said. \u00abWe held,\u00bb he said.",
                   lang="en", published=date(2025, 6, 12))
    extract(doc)  # load the language data first
    gc.collect()
    gc.disable()
    try:
        extract(doc)
        assert gc.collect() == 0  # the document's objects were freed when it was done, none left in cycles
    finally:
        gc.enable()
    extract(doc)
    assert gc.isenabled()


def test_tokens_of_one_spelling_share_one_lexeme_and_its_flags():
    first = tokenize("Drones hit Kyiv; Kyiv's mayor counted 12.", 0, "en")
    second = tokenize("(Kyiv) twelve", 0, "en")
    kyiv = [t.lex for t in first + second if t.text == "Kyiv"]
    assert len(kyiv) == 3 and kyiv[0] is kyiv[2] and kyiv[0] is not kyiv[1]  # "Kyiv" of "Kyiv's" is its own entry
    data = load("en")
    asked = []

    def test(lex, _data):
        asked.append(lex.text)
        return lex.kind == "num"

    bit = new_flag(test)
    try:
        prepare(first, data)
        prepare(first, data)  # worked out once per word: the second time asks nothing
        assert sorted(asked) == sorted(t.text for t in first)  # ten tokens, ten entries: both "Kyiv"s are asked about
        assert [t.text for t in first if t.lex.flags & bit] == ["12"]
    finally:
        text_module._FLAG_TESTS.remove(test)  # the flag was this test's own


def test_a_keycap_numbering_a_list_item_is_a_mark_not_part_of_the_sentence():
    text = "Підсумки тижня.\n\n4️⃣ Ніч на 2 березня. Противник запустив 176 ударних БпЛА."
    got = sentences(text, "uk")
    assert [s.text for s in got][1:] == ["Ніч на 2 березня.", "Противник запустив 176 ударних БпЛА."]
    assert got[1].bullet and text[got[1].start:got[1].end] == "Ніч на 2 березня."


def test_a_word_broken_by_a_hyphen_at_a_lines_end_is_one_token_with_its_offsets():
    text = "У ніч на 3 липня ворог запустив 46 ударних безпілот-\nників по Миколаївщині."
    tokens = sentences(text, "uk")[0].tokens
    word = next(t for t in tokens if t.norm == "безпілотників")
    assert text[word.start:word.end] == "безпілот-\nників"
    assert [t.norm for t in sentences("Shot down: 12.\n- 4 over Kursk", "en")[1].tokens][:2] == ["-", "4"]


def test_a_numbered_section_mark_is_outside_the_sentence():
    text = "Ключові події\n\n3.2. Одеса, 14 березня. Вдень ворог випустив дві ракети."
    got = sentences(text, "uk")
    assert [s.text for s in got][1:] == ["Одеса, 14 березня.", "Вдень ворог випустив дві ракети."]
    assert got[1].bullet and got[1].first_in_line


def test_sentences_set_over_fixed_width_lines_are_whole():
    text = ("SITUATION REPORT                                    No. 4\n"
            "In the early hours of 9 May, Russian forces struck the city of Sumy with\n"
            "ballistic missiles. Emergency crews worked through the night at the site,\n"
            "and the regional administration said four people were killed and eleven\n"
            "injured.² Water supply was restored by noon.\n"
            "Page 1 of 2\n")
    got = [s.text for s in sentences(text, "en")]
    assert "four people were killed and eleven injured.²" in got[2]
    assert got[3] == "Water supply was restored by noon."
    assert all(text[s.start:s.end].replace("\n", " ") == s.text for s in sentences(text, "en"))


def test_a_list_whose_lines_are_items_is_not_joined():
    text = ("Air defence destroyed 40 drones over Russian regions overnight, the ministry said, listing them:\n"
            "22 over the territory of the Bryansk region,\n"
            "nine each over the Kursk and Oryol regions,\n"
            "and one over the Sea of Azov.\n")
    assert len(sentences(text, "en")) == 4
