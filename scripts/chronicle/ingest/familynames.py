"""Names written family name first: Korean and Chinese names in English copy ('Kim Yo Jong', 'Shin Won
Sik', 'Moon Jae-in', 'Mao Ning'). Such a person is called by the first word alone ('Kim said'), and a
headline names them by it, never by the last syllable of the given name ('Jong warns').
"""

from __future__ import annotations

import re

#: Common Korean and Chinese family names, written first in the name ('Kim Yo Jong', 'Wang Yi').
_FAMILY_NAMES = {
    "Kim", "Lee", "Park", "Pak", "Choi", "Choe", "Jung", "Chung", "Kang", "Cho", "Jo", "Yoon", "Yun", "Jang",
    "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon",
    "Yang", "Son", "Bae", "Baek", "Nam", "Noh", "Roh", "Ri", "Ju", "Wang", "Li", "Zhang", "Liu", "Chen",
    "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo",
    "Zheng", "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
    "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
    "Jin", "Qin", "Xi", "Mao", "Wen", "Geng", "Fu", "Qian", "Kong", "Bai", "Cui", "Hua", "Qi", "Hou", "Tsai",
    "Lai", "Chiang", "Chang", "Wong",
}
#: A romanised Chinese given name: syllables of pinyin ('Jinping', 'Wenbin', 'Ning').
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai"
                     r"|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+")
#: A Korean or Taiwanese given name written with a hyphen ('Jae-in', 'Ing-wen').
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


def family_first(name: str) -> bool:
    """Whether a name is written family name first, as Korean and Chinese names are in English: a
    common family name before a given name of one or two short syllables ('Kim Yo Jong', 'Shin Won
    Sik', 'Moon Jae-in', 'Mao Ning'); not 'Kim Darroch', whose second word is no such syllable."""
    words = name.split()
    if len(words) not in (2, 3) or words[0] not in _FAMILY_NAMES:
        return False
    given = words[1:]
    if len(given) == 2:
        return all(w.isalpha() and w[:1].isupper() and len(w) <= 5 for w in given)
    word = given[0]
    return _HYPHENED_GIVEN.fullmatch(word) is not None or (
        word.isalpha() and word[:1].isupper() and _PINYIN.fullmatch(word.lower()) is not None)
