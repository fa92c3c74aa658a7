"""Names shown for ids (categories, feedback dimensions, bands, STAR parts): marked here once for
translation, translated where they are shown (CLI, reports, web)."""

from . import _

CATEGORY_NAMES = {
    "opening": _("Opening"),
    "definition": _("Definition"),
    "motivation": _("Motivation"),
    "company-fit": _("Company fit"),
    "company-research": _("Company research"),
    "behavioural": _("Behavioural"),
    "situational": _("Situational"),
    "qualities": _("Qualities"),
    "experience": _("Experience"),
    "career": _("Career"),
    "sales": _("Sales"),
    "practical": _("Practical matters"),
}
ROLE_NAMES = {
    "shop": _("Shop floor (retail)"),
    "call-centre": _("Call centre"),
    "front-desk": _("Hotel front desk"),
    "counter": _("Bank or telecom counter"),
}
DIMENSION_NAMES = {"relevance": _("Relevance"), "key_points": _("Key points"), "elements": _("Good service"),
                   "example": _("Example (STAR)"), "company_fit": _("Company fit"), "length": _("Length"),
                   "wording": _("Wording"), "delivery": _("Delivery")}
BAND_NAMES = {"strong": _("strong"), "good": _("good"), "developing": _("developing"), "weak": _("weak"),
              "cannot-judge": _("cannot judge")}
STAR_NAMES = {"situation": _("Situation"), "task": _("Task"), "action": _("Action"), "result": _("Result")}

# Quotation marks for a quoted answer, by interface language
QUOTES = {"de": ("„", "“"), "hr": ("„", "”"), "en": ("“", "”")}
