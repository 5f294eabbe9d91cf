"""The visitor languages the kiosk speaks, and what each needs from the layout."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    native_name: str
    locale_name: str  # what QLocale is built from for dates and numbers
    right_to_left: bool


class Language(Enum):
    """A visitor language. English is the fallback for missing translations."""

    EN = LanguageInfo("en", "English", "en_GB", False)
    ZH = LanguageInfo("zh", "中文", "zh_CN", False)
    UR = LanguageInfo("ur", "اردو", "ur_PK", True)

    @property
    def code(self) -> str:
        return self.value.code

    @property
    def native_name(self) -> str:
        return self.value.native_name

    @property
    def locale_name(self) -> str:
        return self.value.locale_name

    @property
    def right_to_left(self) -> bool:
        return self.value.right_to_left

    @classmethod
    def from_code(cls, code: str) -> Language:
        for language in cls:
            if language.code == code:
                return language
        known = ", ".join(language.code for language in cls)
        raise ValueError(f"unknown language {code!r} (expected one of {known})")


FALLBACK = Language.EN
LANGUAGE_CODES: tuple[str, ...] = tuple(language.code for language in Language)
