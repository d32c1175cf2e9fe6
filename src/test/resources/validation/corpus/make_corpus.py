#!/usr/bin/env python3
"""Generate the labelled validator corpus (cases.jsonl) from the fact sheets in sheets/.

Python 3 standard library only; deterministic (fixed seed).  Run from anywhere:

    python3 make_corpus.py            # writes cases.jsonl next to this file

Every case is a short paragraph about ONE sheet, written from sentence frames (see frames.py-style
list FRAMES below).  Each figure in a frame is a *claim* with its intended meaning recorded
(subject, metric, window, direction, written value, precision, hedge, unit, cited markers).  A
mechanical checker (check_claim) applies the rules of issue 12 to every claim:

  * honest cases: every claim must pass (with a safety margin against both the fact's raw value
    and its display value), every weekday named must be the as-of weekday, and every P/E quoted
    on an earlier date than the sheet must carry that date in its sentence;
  * planted cases: exactly one edit is made, and the checker must find exactly the intended
    violation (and nothing else) -- otherwise the candidate is discarded.
"""
import datetime
import json
import math
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHEETS = os.path.join(HERE, "sheets")
OUT = os.path.join(HERE, "cases.jsonl")
SEED = 20260323
N_HONEST = 700
N_PLANTED = 700

KINDS = ["mismatch", "wrong_sign", "wrong_subject", "wrong_metric", "wrong_window", "wrong_date",
         "stale", "hedge", "scale", "wrong_unit", "wrong_citation", "outside_subject", "unresolved",
         "uncited_invented", "wrong_label", "list_sign", "respectively_swap"]
STYLES = ["wire", "analyst", "newsletter", "bullets"]

# ----------------------------------------------------------------------------------------------
# vocabulary
# ----------------------------------------------------------------------------------------------
SECTORS = ["XLE", "XLY", "XLV", "XLP", "XLB", "XLK", "XLF", "XLI", "XLU", "XLRE", "XLC"]
BROAD = ["SPY", "IWM", "^GSPC", "^RUT"]
GROUPS = {"sector": SECTORS, "broad": BROAD, "etf": ["SPY", "IWM"] + SECTORS, "fund": ["SPY", "IWM"],
          "index": ["^GSPC", "^RUT"], "spx": ["^GSPC"], "spy": ["SPY"], "iwm": ["IWM"], "rut": ["^RUT"],
          "any": BROAD + SECTORS}
# equivalence for "wrong subject": swapping within one of these is not a clean subject error
SAME = {"SPY": {"SPY", "^GSPC"}, "^GSPC": {"SPY", "^GSPC"}, "IWM": {"IWM", "^RUT"}, "^RUT": {"IWM", "^RUT"}}

# alias pools: (text, plural)
ALIASES = {
    "SPY": [("SPY", 0), ("SPY", 0), ("the S&P 500 ETF", 0), ("the SPDR S&P 500 ETF", 0), ("large caps", 1),
            ("the SPY fund", 0), ("the SPDR S&P 500 ETF Trust", 0)],
    "IWM": [("IWM", 0), ("IWM", 0), ("the Russell 2000 ETF", 0), ("the iShares Russell 2000 ETF", 0),
            ("small caps", 1), ("small-cap stocks", 1)],
    "^GSPC": [("the S&P 500", 0), ("the S&P 500", 0), ("the S&P 500 index", 0), ("the benchmark S&P 500", 0)],
    "^RUT": [("the Russell 2000", 0), ("the Russell 2000 index", 0), ("the small-cap Russell 2000", 0)],
    "XLE": [("XLE", 0), ("energy", 0), ("Energy", 0), ("the energy sector", 0), ("energy shares", 1),
            ("the Energy Select Sector SPDR", 0)],
    "XLY": [("XLY", 0), ("consumer discretionary", 0), ("Consumer Discretionary", 0), ("discretionary", 0),
            ("Consumer Cyclical", 0), ("discretionary stocks", 1), ("the consumer discretionary fund", 0)],
    "XLV": [("XLV", 0), ("health care", 0), ("Health Care", 0), ("Healthcare", 0), ("the health care sector", 0),
            ("healthcare stocks", 1)],
    "XLP": [("XLP", 0), ("consumer staples", 1), ("Consumer Staples", 1), ("staples", 1), ("Consumer Defensive", 0),
            ("the staples sector", 0)],
    "XLB": [("XLB", 0), ("materials", 1), ("Materials", 1), ("Basic Materials", 1), ("the materials sector", 0)],
    "XLK": [("XLK", 0), ("tech", 0), ("technology", 0), ("Technology", 0), ("Information Technology", 0),
            ("the tech sector", 0), ("tech stocks", 1)],
    "XLF": [("XLF", 0), ("financials", 1), ("Financials", 1), ("Financial Services", 0), ("the financial sector", 0),
            ("financial stocks", 1)],
    "XLI": [("XLI", 0), ("industrials", 1), ("Industrials", 1), ("the industrial sector", 0), ("industrial stocks", 1)],
    "XLU": [("XLU", 0), ("utilities", 1), ("Utilities", 1), ("the utilities sector", 0), ("utility stocks", 1)],
    "XLRE": [("XLRE", 0), ("real estate", 0), ("Real Estate", 0), ("the real estate sector", 0)],
    "XLC": [("XLC", 0), ("communication services", 0), ("Communication Services", 0),
            ("the communication services sector", 0)],
}
FULL = {"SPY": "the SPDR S&P 500 ETF Trust (SPY)", "IWM": "the iShares Russell 2000 ETF (IWM)",
        "^GSPC": "the S&P 500 (^GSPC)", "^RUT": "the Russell 2000 (^RUT)",
        "XLE": "Energy (XLE)", "XLY": "Consumer Discretionary (XLY)", "XLV": "Health Care (XLV)",
        "XLP": "Consumer Staples (XLP)", "XLB": "Materials (XLB)", "XLK": "Technology (XLK)",
        "XLF": "Financials (XLF)", "XLI": "Industrials (XLI)", "XLU": "Utilities (XLU)",
        "XLRE": "Real Estate (XLRE)", "XLC": "Communication Services (XLC)"}
REF = {"index": "the index", "etf": "the fund"}
OUTSIDE = ["the Nasdaq", "the Nasdaq 100", "the Dow", "the Dow Jones Industrial Average", "mid caps",
           "the S&P MidCap 400", "semiconductors", "the semiconductor index", "regional banks", "oil", "crude",
           "gold", "bitcoin", "the dollar index", "the VIX", "the Stoxx 600", "emerging markets", "homebuilders"]
UNRESOLVED_START = ["Stocks", "Shares", "Equities", "Prices"]
UNRESOLVED_LATER = ["one of them", "one of the group", "one of those funds", "another"]

UP = ["rose", "rose", "climbed", "gained", "added", "advanced", "rallied", "tacked on", "firmed", "bounced",
      "moved up", "went up"]
DN = ["fell", "fell", "slipped", "slid", "shed", "gave back", "pulled back", "sold off", "sagged", "skidded",
      "lost", "declined", "dropped", "retreated", "dipped", "eased", "pared"]
UP_BIG, DN_BIG = ["jumped", "surged"], ["tumbled", "sank"]
UP_SMALL, DN_SMALL = ["edged up", "inched up", "ticked up"], ["edged down", "ticked lower", "inched lower"]
UP_ING = ["rising", "climbing", "gaining", "adding", "advancing", "firming", "rallying", "bouncing"]
DN_ING = ["falling", "slipping", "sliding", "shedding", "losing", "declining", "dropping", "retreating",
          "dipping", "easing", "giving back", "pulling back", "sagging", "skidding"]
UP_ADV = ["higher", "higher", "firmer", "stronger", "up", "in the green"]
DN_ADV = ["lower", "lower", "weaker", "down", "in the red"]
UP_UPDN, DN_UPDN = ["up"], ["down", "off"]
UP_NOUN = ["gain", "advance", "rise", "increase", "climb"]
DN_NOUN = ["loss", "decline", "drop", "slide", "retreat", "dip", "fall", "pullback"]
UP_PP = [("has gained", "have gained"), ("has added", "have added"), ("has risen", "have risen"),
         ("has climbed", "have climbed"), ("is up", "are up")]
DN_PP = [("has lost", "have lost"), ("has fallen", "have fallen"), ("has shed", "have shed"),
         ("has slid", "have slid"), ("is down", "are down"), ("has given back", "have given back")]
UP_REL = ["ahead of", "better than"]
DN_REL = ["behind", "worse than"]
UP_RELV = ["outperformed", "beat", "ran ahead of", "outpaced"]
DN_RELV = ["trailed", "lagged", "underperformed", "fell behind", "lagged behind"]
UP_RELING = ["outperforming", "beating", "outpacing"]
DN_RELING = ["trailing", "lagging", "underperforming"]
FORMS = {"v": (UP, DN), "ving": (UP_ING, DN_ING), "adv": (UP_ADV, DN_ADV), "updn": (UP_UPDN, DN_UPDN),
         "noun": (UP_NOUN, DN_NOUN), "rel": (UP_REL, DN_REL), "relv": (UP_RELV, DN_RELV),
         "reling": (UP_RELING, DN_RELING)}

# window phrases: (text, normalised window)
W1 = ["on the day", "in the session", "on {day}", "{day}", "in {day}'s session", "for the session",
      "on the session", "by the close"]
W30 = ["over the past 30 sessions", "over 30 sessions", "over the past month", "over the past six weeks",
       "over the last 30 trading days", "in the past 30 sessions", "across the past 30 sessions",
       "over the trailing 30 sessions"]
W30A = ["30-day", "30-session", "one-month", "trailing 30-day"]
W252 = ["over the past year", "over 252 sessions", "over the past 52 weeks", "over the trailing year"]
W252A = ["252-day", "one-year", "52-week", "trailing one-year"]
BAD_W = {  # replacement phrases for wrong_window, by (original window, grammatical form)
    ("1d", "adv"): ["over the past week", "this week", "over the past 30 sessions", "over the past month",
                    "over five sessions", "so far this month"],
    ("30d", "adv"): ["this month", "year to date", "in {month}", "since January", "over the past 34 sessions",
                     "over the past year", "this quarter", "on the day", "over the past week"],
    ("30d", "adj"): ["34-day", "year-to-date", "month-to-date", "five-day", "90-day", "one-year"],
    ("252d", "adv"): ["year to date", "over the past 30 sessions", "since January", "over the past two years"],
    ("252d", "adj"): ["30-day", "year-to-date", "90-day", "two-year"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

METRIC = {  # metric key -> (metric, window, unit)
    "ret1": ("return", "1d", "percent"), "ret30": ("return", "30d", "percent"),
    "rel1": ("relative_return", "1d", "pp"), "rel30": ("relative_return", "30d", "pp"),
    "vol30": ("volatility", "30d", "percent"), "volu": ("volume", "1d", "shares"),
    "avgv": ("average_volume", "30d", "shares"), "ratio": ("volume_ratio", "30d", "x"),
    "close": ("close", None, "price"), "beta": ("beta", "252d", "number"), "macd": ("macd", None, "number"),
    "sig": ("macd_signal", None, "number"), "hist": ("macd_histogram", None, "number"),
    "pe": ("pe_ratio", None, "number"), "mtrend": ("macd_trend", None, "label"), "trend": ("trend", None, "label"),
}
SIGNED = {"return", "relative_return", "macd", "macd_signal", "macd_histogram"}
WORDFORM_SIGNED = {"return", "relative_return"}  # signs normally carried by words


class Sheet:
    def __init__(self, path):
        self.raw = json.load(open(path))
        self.asof = self.raw["asOf"]
        self.date = datetime.date.fromisoformat(self.asof)
        self.weekday = self.date.strftime("%A")
        self.facts = {f["id"]: f for f in self.raw["facts"]}
        self.by = {}
        for f in self.raw["facts"]:
            self.by[(f["subject"], f["metric"], f["window"])] = f
        self.subjects = sorted(set(f["subject"] for f in self.raw["facts"]))

    def get(self, sym, key):
        m, w, _ = METRIC[key]
        return self.by.get((sym, m, w))

    def quoted_on(self, f):
        q = (f.get("inputs") or {}).get("quoted on") or f.get("asOf")
        return q


def month_day(d):
    return "%s %d" % (MONTHS[d.month - 1], d.day)


# ----------------------------------------------------------------------------------------------
# numbers
# ----------------------------------------------------------------------------------------------
def parse_display(f):
    s = f["display"].replace(",", "").replace("+", "").replace("$", "")
    m = re.match(r"\s*(-?[0-9.]+)\s*(million|billion|thousand)?", s)
    x = float(m.group(1))
    mult = {"million": 1e6, "billion": 1e9, "thousand": 1e3, None: 1}[m.group(2)]
    return x * mult


UNIT_SCALE = {"%": 1, "pp": 1, "percentage points": 1, "percentage point": 1, "bp": 0.01, "basis points": 0.01,
              "x": 1, "times": 1, "million": 1e6, "billion": 1e9, "thousand": 1e3, "": 1, "$": 1}
UNIT_KIND = {"%": "percent", "pp": "pp", "percentage points": "pp", "percentage point": "pp", "bp": "pp",
             "basis points": "pp", "x": "x", "times": "x", "million": "shares", "billion": "shares",
             "thousand": "shares", "": "number", "$": "price"}


def fmt(x, d, comma=False):
    s = ("{:,.%df}" if comma else "{:.%df}") % d
    return s.format(x)


def rnd(x, d):
    return math.floor(abs(x) * 10 ** d + 0.5) / 10 ** d * (1 if x >= 0 else -1)


def value_ok(v, claim):
    """Return 'pass', 'fail' or 'edge' for a magnitude v (already in written unit, sign removed
    if the sign is carried separately) against the claim's written number and hedge."""
    d, x, h = claim["d"], claim["x"], claim["hedge"]
    u = 0.5 * 10 ** (-d)
    eps = 1e-7 * max(1.0, abs(x))
    if h in (None, "about"):
        diff = abs(v - x)
        if diff < u - eps:
            return "pass"
        return "fail" if diff > u + eps else "edge"
    if h == "nearly":
        if v < x - eps and x - v < u - eps:
            return "pass"
        if v > x + eps or x - v > u + eps:
            return "fail"
        return "edge"
    if h == "more":
        if x + eps < v < 1.5 * x - eps:
            return "pass"
        if v < x - eps or v > 1.5 * x + eps:
            return "fail"
        return "edge"
    if h == "less":
        if 0.5 * x + eps < v < x - eps:
            return "pass"
        if v > x + eps or v < 0.5 * x - eps:
            return "fail"
        return "edge"
    if h == "between":
        lo, hi = claim["lo"], claim["hi"]
        if lo + eps < v < hi - eps:
            return "pass"
        if v < lo - eps or v > hi + eps:
            return "fail"
        return "edge"
    raise ValueError(h)


def check_claim(c, sheet):
    """The first violation of a claim, or None.  Order: citation, subject, metric, window, unit,
    sign, value, label."""
    if c.get("invented"):
        return "uncited" if not c["markers"] else "invented"
    if not c["markers"]:
        return "uncited"
    cited = [sheet.facts[m] for m in c["markers"] if m in sheet.facts]
    subj = c["subj"]
    if subj is None:
        return "unresolved"
    if subj.startswith("OUT:"):
        return "outside"
    same = [f for f in cited if f["subject"] == subj]
    if not same:
        return "subject"
    metric, window, unit = METRIC[c["key"]]
    same_m = [f for f in same if f["metric"] == metric]
    if not same_m:
        return "metric"
    f = same_m[0]
    if c.get("win") is not None and c["win"] != f["window"]:
        return "window"
    if c["kind"] == "label":
        return None if c["label"] == f["value"] else "label"
    if UNIT_KIND[c["unit"]] != f["unit"]:
        return "unit"
    vals = []
    for raw in (f["value"], parse_display(f)):
        sgn = 0 if raw == 0 else (1 if raw > 0 else -1)
        if f["metric"] in SIGNED:
            stated = c.get("sign")
            if stated is None:
                stated = 1  # unsigned figure with no direction word reads as positive
            if sgn != stated and abs(raw) > 1e-12:
                return "sign"
        vals.append(abs(raw) / UNIT_SCALE[c["unit"]] if f["metric"] in SIGNED else raw / UNIT_SCALE[c["unit"]])
    res = [value_ok(v, c) for v in vals]
    if all(r == "pass" for r in res):
        return None
    if all(r == "fail" for r in res):
        return "value"
    return "edge"


# ----------------------------------------------------------------------------------------------
# template rendering
# ----------------------------------------------------------------------------------------------
TOKEN = re.compile(r"\{([^{}]+)\}")


class Tok:
    __slots__ = ("type", "text", "slot", "key", "refs", "sign", "claim", "form", "meta")

    def __init__(self, type, text, **kw):
        self.type, self.text = type, text
        self.slot = kw.get("slot")
        self.key = kw.get("key")
        self.refs = kw.get("refs")
        self.sign = kw.get("sign")
        self.claim = kw.get("claim")
        self.form = kw.get("form")
        self.meta = kw.get("meta", {})


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class Renderer:
    def __init__(self, sheet, rng):
        self.sheet, self.rng = sheet, rng

    # -- slot selection --------------------------------------------------------------------------
    def choose_slots(self, spec, keys_by_slot, override=None):
        sh, rng = self.sheet, self.rng
        chosen = {}
        order = list(spec.keys())
        for slot in order:
            group, conds = spec[slot]
            if override and slot in override:
                conds = override[slot]
            cands = []
            for sym in GROUPS[group]:
                if sym in chosen.values():
                    continue
                if any(sym in SAME.get(o, {o}) for o in chosen.values()):
                    continue
                ok = True
                for k in keys_by_slot.get(slot, ()):
                    f = sh.get(sym, k)
                    if f is None:
                        ok = False
                        break
                    if METRIC[k][0] in WORDFORM_SIGNED and abs(f["value"]) < 0.02:
                        ok = False
                        break
                for cond in conds:
                    k, op = cond[:-1], cond[-1]
                    f = sh.get(sym, k)
                    if f is None:
                        ok = False
                    elif op == "+" and not f["value"] > 0:
                        ok = False
                    elif op == "-" and not f["value"] < 0:
                        ok = False
                    elif op == "!" and not self.odd_label(sym, k):
                        ok = False
                    elif op == "^" and not abs(f["value"]) >= 1.0:
                        ok = False
                if ok:
                    cands.append(sym)
            if not cands:
                return None
            chosen[slot] = rng.choice(cands)
        return chosen

    def odd_label(self, sym, k):
        sh = self.sheet
        f = sh.get(sym, k)
        others = [sh.get(s, k) for s in SECTORS if s != sym]
        if sym not in SECTORS or any(o is None for o in others):
            return False
        return all(o["value"] != f["value"] for o in others) and len(set(o["value"] for o in others)) == 1

    # -- numbers ---------------------------------------------------------------------------------
    def number_forms(self, f, key, mode):
        """Candidate renderings of fact f: list of dicts (text, x, d, hedge, unit, lo, hi, sign)."""
        rng = self.rng
        metric, window, unit = METRIC[key]
        v = f["value"]
        disp = f["display"]
        out = []
        signed_num = metric in ("macd", "macd_signal", "macd_histogram")
        a = abs(v) if (metric in WORDFORM_SIGNED or signed_num) else v

        def add(text, x, d, hedge, u, lo=None, hi=None):
            out.append(dict(text=text, x=x, d=d, hedge=hedge, unit=u, lo=lo, hi=hi))

        if unit == "percent":
            for d in (2, 2, 2, 1, 0):
                if d == 0 and a < 1:
                    continue
                x = rnd(a, d)
                add(fmt(x, d) + "%", x, d, None, "%")
        elif unit == "pp":
            for d in (2, 2, 1):
                x = rnd(a, d)
                u = rng.choice(["pp", "pp", "percentage points", " percentage points"]).strip()
                add(fmt(x, d) + (" pp" if u == "pp" else " percentage points"), x, d, None, u)
            bp = rnd(a * 100, 0)
            add("%d basis points" % bp, bp, 0, None, "basis points")
        elif unit == "shares":
            scale = "billion" if v >= 1e9 else ("million" if v >= 1e6 else "thousand")
            s = v / UNIT_SCALE[scale]
            for d in (2, 2, 1, 0):
                if d == 0 and s < 10:
                    continue
                x = rnd(s, d)
                add("%s %s" % (fmt(x, d), scale), x, d, None, scale)
        elif unit == "x":
            for d in (2, 2, 1):
                x = rnd(a, d)
                u = rng.choice(["x", "x", "times"])
                add(fmt(x, d) + ("x" if u == "x" else " times"), x, d, None, u)
        elif unit == "price":
            dollar = f["subject"] not in ("^GSPC", "^RUT") and rng.random() < 0.5
            for d in (2, 2, 0):
                x = rnd(a, d)
                add(("$" if dollar else "") + fmt(x, d, comma=True), x, d, None, "$" if dollar else "")
        else:  # number: beta, macd family, pe
            for d in (2, 2, 1):
                x = rnd(a, d)
                t = fmt(x, d)
                if signed_num and v < 0:
                    t = "-" + t
                add(t, x, d, None, "")
        if mode == "=":
            return [out[0]]
        if mode == "~" and unit in ("percent", "pp", "shares", "x", "price") and not signed_num:
            out += self.hedge_forms(a, unit, f, key)
        elif mode == "" and rng.random() < 0.2 and unit in ("percent", "shares", "x"):
            out += self.hedge_forms(a, unit, f, key)
        return out

    def hedge_forms(self, a, unit, f, key):
        rng = self.rng
        res = []
        suf = {"percent": ("%", "%"), "pp": (" percentage points", "percentage points"), "x": (" times", "times")}
        if unit == "shares":
            scale = "billion" if a >= 1e9 else ("million" if a >= 1e6 else "thousand")
            s = a / UNIT_SCALE[scale]
            sfx, u = " " + scale, scale
        elif unit == "price":
            s, sfx, u = a, "", ""
        else:
            s = a
            sfx, u = suf[unit]
        for d in (0, 1):
            if d == 0 and s < 1.5:
                continue
            x = rnd(s, d)
            w = rng.choice(["about", "around", "roughly", "some"])
            res.append(dict(text="%s %s%s" % (w, fmt(x, d, unit == "price"), sfx), x=x, d=d, hedge="about", unit=u,
                            lo=None, hi=None))
            if x > s:
                w = rng.choice(["nearly", "almost", "just under"])
                res.append(dict(text="%s %s%s" % (w, fmt(x, d, unit == "price"), sfx), x=x, d=d, hedge="nearly",
                                unit=u, lo=None, hi=None))
            fl = math.floor(s * 10 ** d) / 10 ** d
            if fl > 0 and fl < s < 1.5 * fl:
                w = rng.choice(["more than", "more than", "over"])
                res.append(dict(text="%s %s%s" % (w, fmt(fl, d, unit == "price"), sfx), x=fl, d=d, hedge="more",
                                unit=u, lo=None, hi=None))
            ce = math.ceil(s * 10 ** d) / 10 ** d
            if ce > s > 0.5 * ce:
                w = "less than"
                res.append(dict(text="%s %s%s" % (w, fmt(ce, d, unit == "price"), sfx), x=ce, d=d, hedge="less",
                                unit=u, lo=None, hi=None))
        if unit == "percent" and s >= 0.5:
            lo, hi = math.floor(s * 2) / 2, math.floor(s * 2) / 2 + 0.5
            if lo < s < hi:
                t = "between %s%% and %s%%" % (("%g" % lo), ("%g" % hi))
                res.append(dict(text=t, x=lo, d=1, hedge="between", unit="%", lo=lo, hi=hi))
        return res

    # -- the main render -------------------------------------------------------------------------
    def render(self, frame, override=None, force=None):
        """force: dict (slot,key) -> fact to cite instead (used by mutations)."""
        sheet, rng = self.sheet, self.rng
        style, spec_s, tmpl = frame
        spec = {}
        for part in spec_s.split(";"):
            part = part.strip()
            if not part:
                continue
            name, rest = part.split(":")
            bits = rest.split()
            spec[name.strip()] = (bits[0], bits[1:])
        keys_by_slot = {}
        for m in TOKEN.finditer(tmpl):
            body = m.group(1)
            mm = re.match(r"([A-Z](?:\+[A-Z])*)\^?\.(\w+[=~]?)\^?(?::(\w+))?", body)
            if mm and mm.group(3):
                for s in mm.group(1).split("+"):
                    keys_by_slot.setdefault(s, set()).add(mm.group(3))
            if body.startswith("mk:"):
                for r in body[3:].split(","):
                    s, k = r.split(".")
                    keys_by_slot.setdefault(s, set()).add(k)
        slots = self.choose_slots(spec, keys_by_slot, override)
        if slots is None:
            return None
        toks = []
        last_alias = {}
        pending = {}
        pos = 0
        for m in TOKEN.finditer(tmpl):
            if m.start() > pos:
                toks.append(Tok("text", tmpl[pos:m.start()]))
            pos = m.end()
            body = m.group(1)
            t = self.token(body, slots, last_alias, pending, force)
            if t is None:
                return None
            toks.extend(t if isinstance(t, list) else [t])
        if pos < len(tmpl):
            toks.append(Tok("text", tmpl[pos:]))
        return Case(sheet, style, frame, slots, toks)

    def alias(self, sym, last_alias, slot, kind="any"):
        rng = self.rng
        pool = ALIASES[sym]
        a = rng.choice(pool)
        last_alias[slot] = a
        return a

    def token(self, body, slots, last_alias, pending, force):
        sheet, rng = self.sheet, self.rng
        if body == "day":
            return Tok("day", sheet.weekday, meta={"day": sheet.weekday})
        if body == "date":
            return Tok("date", month_day(sheet.date), meta={"date": sheet.asof})
        if body == "month":
            return Tok("text", MONTHS[sheet.date.month - 1])
        if body.endswith("^") and body[:-1] in ("w1", "w30", "w30a", "w252", "w252a"):
            t = self.token(body[:-1], slots, last_alias, pending, force)
            first = t[0] if isinstance(t, list) else t
            first.text = cap(first.text) if first.text else first.text
            if isinstance(t, list) and not first.text.strip():
                t[1].text = t[1].text
            return t
        if body in ("w1", "w30", "w30a", "w252", "w252a"):
            pool = {"w1": W1, "w30": W30, "w30a": W30A, "w252": W252, "w252a": W252A}[body]
            win = {"w1": "1d", "w30": "30d", "w30a": "30d", "w252": "252d", "w252a": "252d"}[body]
            ph = rng.choice(pool)
            toks = []
            if "{day}" in ph:
                a, b = ph.split("{day}")
                toks = [Tok("win", a, meta={"win": win, "form": "adv"}), Tok("day", sheet.weekday, meta={"day": sheet.weekday, "inwin": True})]
                if b:
                    toks.append(Tok("text", b))
                toks[0].meta["parts"] = len(toks)
                return toks
            return Tok("win", ph, meta={"win": win, "form": "adj" if body.endswith("a") else "adv"})
        if body == "pedate":
            q = None
            for f in sheet.raw["facts"]:
                if f["metric"] == "pe_ratio":
                    q = sheet.quoted_on(f)
            if q is None:
                return None
            qd = datetime.date.fromisoformat(q)
            if q == sheet.asof and rng.random() < 0.5:
                return Tok("pedate", "", meta={"date": q})
            ph = rng.choice([", as last quoted on %s", " as of the %s quote", " (last quoted %s)",
                             ", as last quoted on %s", " on the %s quote", ", per the latest quote of %s"])
            ds = month_day(qd) if rng.random() < 0.7 else q
            return Tok("pedate", ph % ds, meta={"date": q})
        if body.startswith("mk:"):
            refs = [tuple(r.split(".")) for r in body[3:].split(",")]
            ids = []
            for s, k in refs:
                c = pending.pop((s, k))
                ids.append(c["fact"]["id"])
            for s, k in refs:
                pass
            form = rng.choice(["[%s]" % "][".join(ids), "[%s]" % ", ".join(ids)])
            t = Tok("marker", " " + form, refs=refs, meta={"ids": ids})
            return t
        mm = re.match(r"([A-Z](?:\+[A-Z])*)(\^?)(?:\.(\w+[=~]?)(\^?)(?::(\w+))?)?(\|[^}]*)?$", body)
        if not mm:
            mm2 = re.match(r"([A-Z])(\^?)'s$", body)
            if mm2:
                slot = mm2.group(1)
                sym = slots[slot]
                a = self.alias(sym, last_alias, slot)
                txt = a[0] + ("'" if a[0].endswith("s") else "'s")
                if mm2.group(2):
                    txt = cap(txt)
                return Tok("subj", txt, slot=slot, meta={"poss": True})
            raise ValueError("bad token " + body)
        slotspec, capf, op, cap2, key, suffix = mm.groups()
        slist = slotspec.split("+")
        slot = slist[0]
        sym = slots[slot]
        if op is None:  # subject
            a = self.alias(sym, last_alias, slot)
            txt = cap(a[0]) if capf else a[0]
            return Tok("subj", txt, slot=slot, meta={})
        capit = bool(capf or cap2)
        if op in ("sym", "full", "ref", "it", "its", "is", "has", "bm", "nm"):
            if op == "sym":
                txt = sym
                last_alias[slot] = (sym, 0)
                return Tok("subj", cap(txt) if capit else txt, slot=slot, meta={})
            if op == "full":
                last_alias[slot] = (sym, 0)
                return Tok("subj", cap(FULL[sym]) if capit else FULL[sym], slot=slot, meta={})
            if op == "nm":
                a = rng.choice([x for x in ALIASES[sym] if x[0] != sym])
                last_alias[slot] = a
                return Tok("subj", cap(a[0]) if capit else a[0], slot=slot, meta={})
            if op == "ref":
                kind = "index" if sym.startswith("^") else "etf"
                txt = REF[kind] if kind == "index" else rng.choice(["the fund", "the ETF"])
                return Tok("pron", cap(txt) if capit else txt, slot=slot, meta={})
            plural = last_alias.get(slot, ("", 0))[1]
            if op == "it":
                txt = "they" if plural else "it"
                return Tok("pron", cap(txt) if capit else txt, slot=slot, meta={})
            if op == "its":
                txt = "their" if plural else "its"
                return Tok("pron", cap(txt) if capit else txt, slot=slot, meta={})
            if op == "is":
                return Tok("text", "are" if plural else "is")
            if op == "has":
                return Tok("text", "have" if plural else "has")
            if op == "bm":
                f = sheet.get(sym, key or "rel1")
                against = f["against"] if f else "SPY"
                txt = rng.choice([x[0] for x in ALIASES[against] if x[1] == 0])
                return Tok("text", cap(txt) if capit else txt)
        if op in FORMS or op == "pp":
            f = sheet.get(sym, key)
            sign = 1 if f["value"] > 0 else -1
            refs = [(s, key) for s in slist]
            if op == "pp":
                plural = last_alias.get(slot, ("", 0))[1]
                pair = rng.choice(UP_PP if sign > 0 else DN_PP)
                txt = pair[1] if plural else pair[0]
            else:
                ups, dns = FORMS[op]
                pool = list(ups if sign > 0 else dns)
                if op == "v" and METRIC[key][0] == "return":
                    vals = [abs(sheet.get(slots[s], key)["value"]) for s in slist]
                    if min(vals) >= 2.0:
                        pool += UP_BIG if sign > 0 else DN_BIG
                    if max(vals) < 0.25:
                        pool += UP_SMALL if sign > 0 else DN_SMALL
                txt = rng.choice(pool)
            return Tok("dir", cap(txt) if capit else txt, slot=slot, key=key, refs=refs, sign=sign, form=op)
        if op.startswith("lab"):
            f = sheet.get(sym, key)
            if force and (slot, key) in force:
                f = force[(slot, key)]
            c = dict(kind="label", subj=sym, key=key, fact=f, markers=[f["id"]], label=f["value"], win=None, slot=slot)
            return Tok("label", label_text(f["value"], key, rng), slot=slot, key=key, claim=c,
                       meta={"marker": " [%s]" % f["id"]})
        if op in ("n", "n=", "n~", "ns", "nn", "nn=", "nn~", "ns="):
            f = sheet.get(sym, key)
            if force and (slot, key) in force:
                f = force[(slot, key)]
            mode = op[-1] if op[-1] in "=~" else ""
            forms = self.number_forms(f, key, "=" if op.startswith("ns") and mode == "~" else mode)
            if op.startswith("ns"):
                forms = [x for x in forms if x["hedge"] is None]
            forms = [x for x in forms if x["x"] != 0]
            rng.shuffle(forms)
            c = None
            for fm in forms:
                c = dict(kind="value", subj=sym, key=key, fact=f, markers=[f["id"]], win=None, slot=slot,
                         sign=None, **fm)
                if op.startswith("ns") and METRIC[key][0] in SIGNED:
                    c["sign"] = 1 if f["value"] > 0 else -1
                    if METRIC[key][0] in WORDFORM_SIGNED:
                        c["text"] = ("+" if c["sign"] > 0 else "-") + c["text"]
                elif METRIC[key][0] in ("macd", "macd_signal", "macd_histogram"):
                    c["sign"] = 1 if f["value"] > 0 else -1
                elif METRIC[key][0] in WORDFORM_SIGNED:
                    c["sign"] = 1 if f["value"] > 0 else -1  # provisional; set from dir token later
                if force and (slot, key) in force:
                    break
                tmp = dict(c)
                if check_claim(tmp, sheet) is None:
                    break
            else:
                return None
            sfx = suffix[1:] if suffix else ""
            t = Tok("num", c["text"] + sfx, slot=slot, key=key, claim=c, meta={"sfx": sfx, "ntext": c["text"]})
            if op.startswith("nn"):
                pending[(slot, key)] = c
                c["marker_pending"] = True
                return t
            return [t, Tok("marker", " [%s]" % f["id"], refs=[(slot, key)], meta={"ids": [f["id"]]})]
        raise ValueError("bad op " + body)


def label_text(val, key, rng):
    if key == "mtrend":
        return val
    return {"uptrend": rng.choice(["an uptrend", "an uptrend"]), "downtrend": "a downtrend",
            "sideways": rng.choice(["a sideways trend", "a sideways pattern"])}[val]


LABEL_FLIP = {"bullish": "bearish", "bearish": "bullish", "uptrend": "downtrend", "downtrend": "uptrend",
              "sideways": "uptrend"}


class Case:
    def __init__(self, sheet, style, frame, slots, toks):
        self.sheet, self.style, self.frame, self.slots, self.toks = sheet, style, frame, slots, toks
        # label tokens carry their marker
        new = []
        for t in toks:
            new.append(t)
            if t.type == "label":
                new.append(Tok("marker", t.meta["marker"], refs=[(t.slot, t.key)], meta={"ids": [t.claim["fact"]["id"]]}))
        self.toks = new
        self.subj_override = {}  # token index -> subject symbol / OUT / None

    def text(self):
        return "".join(t.text for t in self.toks)

    def offsets(self):
        offs, p = [], 0
        for t in self.toks:
            offs.append((p, p + len(t.text)))
            p += len(t.text)
        return offs

    def sentence_ids(self):
        txt = self.text()
        offs = self.offsets()
        bounds = [m.end() for m in re.finditer(r"[.!?:](?=\s|$)|\n", txt)]
        ids = []
        for (a, b) in offs:
            ids.append(sum(1 for x in bounds if x <= a))
        return ids

    def claims(self):
        """Resolve claim semantics from tokens: subject, direction, window, markers."""
        sids = self.sentence_ids()
        res = []
        claim_toks = [i for i, t in enumerate(self.toks) if t.type in ("num", "label")]
        for i in claim_toks:
            t = self.toks[i]
            c = dict(t.claim)
            c["tok"] = i
            # subject: nearest preceding subj/pron token of the same slot (or following if none)
            subj_idx = None
            for j in range(i - 1, -1, -1):
                if self.toks[j].type in ("subj", "pron") and self.toks[j].slot == t.slot:
                    subj_idx = j
                    break
            if subj_idx is None:
                for j in range(i + 1, len(self.toks)):
                    if self.toks[j].type in ("subj", "pron") and self.toks[j].slot == t.slot:
                        subj_idx = j
                        break
            c["subj_tok"] = subj_idx
            if subj_idx is not None and subj_idx in self.subj_override:
                c["subj"] = self.subj_override[subj_idx]
            # markers
            mk = None
            for j in range(i + 1, len(self.toks)):
                tj = self.toks[j]
                if tj.type == "marker" and (t.slot, t.key) in [tuple(r) for r in tj.refs]:
                    mk = j
                    break
            c["mk_tok"] = mk
            c["markers"] = list(self.toks[mk].meta["ids"]) if mk is not None else []
            # direction
            if t.type == "num" and METRIC[t.key][0] in WORDFORM_SIGNED and not c["text"][:1] in "+-":
                dj = None
                for j, tj in enumerate(self.toks):
                    if tj.type == "dir" and tj.refs and (t.slot, t.key) in tj.refs:
                        dj = j
                c["dir_tok"] = dj
                c["sign"] = self.toks[dj].sign if dj is not None else None
            # window: window tokens in the same sentence whose window kind matches the fact window
            c["win_toks"] = []
            res.append(c)
        # window linking
        for j, tj in enumerate(self.toks):
            if tj.type != "win":
                continue
            w = tj.meta["win"]
            stated = tj.meta.get("stated", w)
            cands = [c for c in res if sids[c["tok"]] == sids[j] and METRIC[c["key"]][1] == w]
            for c in cands:
                c["win"] = stated
                c["win_toks"].append(j)
        return res

    def case_checks(self):
        """Sentence-level checks: weekdays/dates and stale P/E."""
        out = []
        sids = self.sentence_ids()
        for j, t in enumerate(self.toks):
            if t.type == "day" and t.text != self.sheet.weekday:
                out.append(("date", j))
            if t.type == "date" and t.meta.get("stated", t.meta["date"]) != self.sheet.asof:
                out.append(("date", j))
        for c in self.claims():
            if c["key"] == "pe" and c["markers"]:
                f = self.sheet.facts.get(c["markers"][0])
                if f is None or f["metric"] != "pe_ratio":
                    continue
                q = self.sheet.quoted_on(f)
                if q != self.sheet.asof:
                    dated = any(tt.type == "pedate" and tt.text and sids[k] == sids[c["tok"]]
                                for k, tt in enumerate(self.toks))
                    if not dated:
                        out.append(("stale", c["tok"]))
        return out

    def violations(self):
        v = []
        for c in self.claims():
            r = check_claim(c, self.sheet)
            if r is not None:
                v.append((r, c["tok"]))
        return v + self.case_checks()


# ----------------------------------------------------------------------------------------------
# sentence frames: (style, slot spec, template).  See the README for the template language.
# ----------------------------------------------------------------------------------------------
F = []


def fr(style, spec, *tmpls):
    for t in tmpls:
        F.append((style, spec, t))


# ---- wire ------------------------------------------------------------------------------------
fr("wire", "A:broad; B:broad",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}, while {B} {B.v:ret1} {B.n:ret1}.",
   "{A^} {A.v:ret1} {A.n:ret1} on {day}, and {B} {B.v:ret1} {B.n:ret1} {w1}.",
   "On {day}, {A} {A.v:ret1} {A.n:ret1} and {B} {B.v:ret1} {B.n:ret1}.")
fr("wire", "A:spx",
   "{A^} {A.v:ret1} {A.n:ret1} on {day} to close at {A.n:close}.",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}, and the index's {A.noun:ret1} left it at {A.n:close}.",
   "{A^} finished at {A.n:close} on {day}, {A.ving:ret1} {A.n:ret1} {w1}.",
   "NEW YORK, {date} - {A} {A.v:ret1} {A.n:ret1} {w1}, ending at {A.n:close}.")
fr("wire", "A:spx; B:spy",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}; {B}, which tracks the index, {B.v:ret1} {B.n:ret1} and closed at {B.n:close}.")
fr("wire", "A:etf",
   "{A.full^} {A.v:ret1} {A.n:ret1} {w1}, {A.reling:rel1} {A.bm:rel1} by {A.n:rel1}.",
   "{A^} {A.v:ret1} {A.n:ret1} and finished {A.n:rel1} {A.rel:rel1} {A.bm:rel1} {w1}.",
   "{A.full^} ended {A.n:ret1} {A.adv:ret1} {w1}, {A.n:rel1} {A.rel:rel1} {A.bm:rel1}.")
fr("wire", "A:etf ret1+ rel1+",
   "{A.sym} {A.updn:ret1} {A.n:ret1} and {A.n:rel1} {A.rel:rel1} {A.bm:rel1} on volume of {A.n:ratio| its average}.",
   "{A.sym^} was {A.updn:ret1} {A.n:ret1} {w1}, running {A.n:rel1} {A.rel:rel1} {A.bm:rel1} on volume of {A.n:ratio| its 30-day average}.")
fr("wire", "A:etf ret1- rel1-",
   "{A.sym} was {A.updn:ret1} {A.n:ret1} and {A.n:rel1} {A.rel:rel1} {A.bm:rel1} on volume of {A.n:ratio| its average}.")
fr("wire", "A:sector ret1+; B:sector ret1+",
   "{A^} {A+B.v:ret1} {A.n:ret1} and {B} {B.n:ret1} {w1}.",
   "Among sector funds, {A} {A+B.v:ret1} {A.n:ret1} and {B} {B.n:ret1}.")
fr("wire", "A:sector ret1-; B:sector ret1-",
   "{A^} {A+B.v:ret1} {A.n:ret1} and {B} {B.n:ret1} {w1}.",
   "Defensive trade was mixed: {A} {A+B.v:ret1} {A.n:ret1} and {B} {B.n:ret1}.")
fr("wire", "A:sector ret1-; B:sector ret1-; C:sector ret1-",
   "{A^}, {B} and {C} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1} {w1}.",
   "{A.sym}, {B.sym} and {C.sym} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1}, respectively.")
fr("wire", "A:sector ret1+; B:sector ret1+; C:sector ret1+",
   "{A^}, {B} and {C} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1} on {day}.")
fr("wire", "A:sector ret1+; B:sector ret1+; @pair A.ret1 B.ret1",
   "{A^} and {B} {A+B.v:ret1} {A.n:ret1} and {B.n:ret1}, respectively.",
   "{A.sym} and {B.sym} finished at {A.ns:ret1} and {B.ns:ret1} {w1}.")
fr("wire", "A:sector ret1-; B:sector ret1-; @pair A.ret1 B.ret1",
   "{A^} and {B} {A+B.v:ret1} {A.n:ret1} and {B.n:ret1}, respectively, {w1}.")
fr("wire", "A:any ret1-",
   "{A^} was {A.updn:ret1} {A.n:ret1} {w1}.",
   "{A^} finished {A.n:ret1} {A.adv:ret1} on {day}.",
   "{A^} closed {A.n:ret1} in the red {w1}, {A.ving:ret1} for the session.")
fr("wire", "A:any ret1+",
   "{A^} finished {A.n:ret1} {A.adv:ret1} {w1}.",
   "{A^} ended the session {A.n:ret1} in the green.")
fr("wire", "A:any; B:any",
   "{A^} {A.v:ret1} {A.n:ret1} {w1} on volume of {A.n:volu| shares}, while {B} {B.v:ret1} {B.n:ret1}.",
   "Volume in {A} came to {A.n:volu| shares} as {A.it} {A.v:ret1} {A.n:ret1}.")
fr("wire", "A:any",
   "{A^} {A.v:ret30} {A.n:ret30} {w30}.",
   "{A^} {A.pp:ret30} {A.n:ret30} {w30}, with 30-day volatility at {A.n:vol30}.",
   "{A^}'s 30-day volatility stood at {A.n:vol30} after a {A.noun:ret1} of {A.n:ret1} {w1}.")
fr("wire", "A:any; B:any",
   "{w30^}, {A} {A.v:ret30} {A.n:ret30} and {B} {B.v:ret30} {B.n:ret30}.")
fr("wire", "A:etf",
   "{A^} {A.v:ret1} {A.n:ret1} {w1} and {A.n:ret30} {w30}... ".replace("{A.n:ret30} {w30}... ", "") +
   "{A.its^} move {w30} was {A.ns:ret30}.",
   "{A.full^} {A.v:ret30} {A.n:ret30} {w30}, {A.reling:rel30} {A.bm:rel30} by {A.n:rel30}.")
fr("wire", "A:etf; B:etf",
   "Turnover was heavy in {A}, which traded {A.n:ratio| its 30-day average}, and in {B} at {B.n:ratio}.",
   "{A^} traded {A.n:volu| shares} {w1}, against a 30-day average of {A.n:avgv}.")
fr("wire", "A:any; B:any",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}; {B} {B.v:ret1} {B.n:ret1}, and {B.its} 30-day volatility was {B.n:vol30}.")
fr("wire", "A:fund",
   "{A^} traded at {A.n:pe| times earnings}{pedate}.",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}. The fund traded at {A.n:pe| times earnings}{pedate}.")
fr("wire", "A:fund; B:fund",
   "{A^} changed hands at {A.n:pe| times earnings}{pedate}, and {B} at {B.n:pe}{pedate}.")
fr("wire", "A:any",
   "{A^}'s MACD line was at {A.n:macd} against a signal line of {A.n:sig} on {day}.",
   "{A^}'s MACD histogram read {A.n:hist} {w1}, and the trend was {A.lab:trend}.".replace("was {A.lab:trend}", "showed {A.lab:trend}"),
   "The MACD signal for {A} is {A.lab:mtrend}, with the histogram at {A.n:hist}.")

# ---- analyst ---------------------------------------------------------------------------------
fr("analyst", "A:etf; B:etf",
   "We note {A}'s {A.n:ret1} {A.noun:ret1} {w1} versus a {B.n:ret1} {B.noun:ret1} for {B}.",
   "Relative strength: {A} {A.relv:rel1} {A.bm:rel1} by {A.n:rel1} {w1}, while {B} {B.relv:rel1} by {B.n:rel1}.",
   "{A^} {A.v:ret1} {A.n:ret1} {w1} ({A.ns:rel1} vs. {A.bm:rel1}); {B} {B.v:ret1} {B.n:ret1}.".replace("({A.ns:rel1} vs. {A.bm:rel1})", "({A.n:rel1} {A.rel:rel1} {A.bm:rel1})"))
fr("analyst", "A:etf",
   "Positioning in {A} looks stretched: the fund {A.v:ret30} {A.n:ret30} {w30} with a 30-day volatility of {A.n:vol30}.",
   "{A^} carries a 252-day beta of {A.n:beta} against {A.bm:rel1}, and {A.its} 30-day volatility is {A.n:vol30}.",
   "We would fade the move in {A}: {A.it} {A.v:ret1} {A.n:ret1} {w1} but {A.pp:ret30} {A.n:ret30} {w30}.",
   "On risk, {A}'s beta {w252} is {A.n:beta}; {A.its} daily moves over 30 sessions average {A.n:vol30}.".replace("daily moves over 30 sessions average", "30-day volatility is"),
   "{A^}: {A.n:ret1} {A.noun:ret1} {w1}, {A.n:rel30} {A.rel:rel30} {A.bm:rel30} {w30}.",
   "Flows: {A} printed {A.n:volu| shares}, or {A.n:ratio| its 30-day average}.",
   "{A^}'s {w252a} beta of {A.n:beta} argues for a smaller position; volatility {w30} is {A.n:vol30}.")
fr("analyst", "A:sector; B:sector",
   "Within sectors, {A} ({A.ns:ret1}) and {B} ({B.ns:ret1}) stood out {w1}.",
   "Sector dispersion was wide: {A} {A.v:ret1} {A.n:ret1}, {B} {B.v:ret1} {B.n:ret1}.",
   "We prefer {A} over {B}; the former {A.pp:ret30} {A.n:ret30} {w30}, the latter {B.pp:ret30} {B.n:ret30}.".replace("the former", "{A}").replace("the latter", "{B}").replace("{B.n:ret30}.", "{B.n:ret30} {w30}."),
   "{A^} (beta {A.n:beta}) and {B} (beta {B.n:beta}) remain our low- and high-risk sleeves.".replace("remain our low- and high-risk sleeves", "anchor the risk budget"),
   "Tactically, we like {A}: a {A.n:ret30} {A.noun:ret30} {w30}, while {B} {B.v:ret30} {B.n:ret30} {w30}.")
fr("analyst", "A:sector ret1-; B:sector ret1-; C:sector ret1-",
   "Selling hit several groups: {A}, {B} and {C} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1}.",
   "Weakness was concentrated in {A.sym}, {B.sym} and {C.sym}, which {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1} {w1}.")
fr("analyst", "A:sector ret1+; B:sector ret1+; C:sector ret1+",
   "Risk appetite showed in {A}, {B} and {C}, {A+B+C.ving:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1} {w1}.")
fr("analyst", "A:sector ret30+; B:sector ret30+; @pair A.ret30 B.ret30",
   "{w30^}, {A} and {B} {A+B.v:ret30} {A.n:ret30} and {B.n:ret30}, respectively.")
fr("analyst", "A:sector ret30-; B:sector ret30-",
   "{A^} {A+B.pp:ret30} {A.n:ret30} {w30}, and {B} {B.n:ret30}.".replace("{A+B.pp:ret30}", "{A+B.v:ret30}"))
fr("analyst", "A:sector ret1+; B:sector ret1+; @pair A.ret1 B.ret1",
   "{A^} and {B} printed {A.ns:ret1} and {B.ns:ret1} {w1}.")
fr("analyst", "A:spx; B:spy",
   "Index level: {A} at {A.n:close} ({A.ns:ret1}); {B} at {B.n:close} ({B.ns:ret1}).",
   "{A^}'s 30-day return is {A.ns:ret30} and {B}'s is {B.ns:ret30}, with volatility of {A.n:vol30} and {B.n:vol30}.".replace("with volatility of {A.n:vol30} and {B.n:vol30}", "and the index's 30-day volatility is {A.n:vol30}"))
fr("analyst", "A:any",
   "Momentum: {A}'s MACD is {A.lab:mtrend} (line {A.n:macd}, signal {A.n:sig}).",
   "Technically {A} is in {A.lab:trend} and {A.its} MACD histogram sits at {A.n:hist}.",
   "{A^}: MACD {A.n:macd} vs. signal {A.n:sig}, histogram {A.n:hist}.",
   "The MACD picture for {A} is {A.lab:mtrend}; the 50-day trend shows {A.lab:trend}.")
fr("analyst", "A:sector mtrend!",
   "MACD readings point the same way for every sector fund except {A}, which is {A.lab:mtrend}.")
fr("analyst", "A:fund",
   "Valuation: {A} trades on {A.n:pe| times earnings}{pedate}.",
   "{A^} {A.is} priced at {A.n:pe| times earnings}{pedate}, with a 252-day beta of {A.n:beta}.")
fr("analyst", "A:iwm; B:spy",
   "Small caps trade at a discount: {A} at {A.n:pe| times earnings} versus {B.n:pe} for {B}{pedate}.",
   "{A^} {A.v:ret1} {A.n:ret1} {w1} against {B.n:ret1} for {B}, a spread of {A.n:rel1}.".replace("against {B.n:ret1} for {B}", "while {B} {B.v:ret1} {B.n:ret1}").replace("a spread of {A.n:rel1}", "leaving {A} {A.n:rel1} {A.rel:rel1} {A.bm:rel1}"))
fr("analyst", "A:etf; B:etf",
   "Liquidity check: {A} volume ran at {A.n:ratio| its average} and {B} at {B.n:ratio}.",
   "{A^} saw {A.n:volu| shares} change hands {w1}; {B} saw {B.n:volu}.",
   "{A^} {A.is} {A.n:rel30} {A.rel:rel30} {A.bm:rel30} {w30}; {B} {B.is} {B.n:rel30} {B.rel:rel30} {B.bm:rel30}.")

# ---- newsletter ------------------------------------------------------------------------------
fr("newsletter", "A:broad ret1+",
   "{A^} had a day! {A.it^} {A.v:ret1} {A.n:ret1}, and that's not nothing.",
   "Good news first: {A} {A.v:ret1} {A.n:ret1} {w1}.",
   "If you blinked you missed it, but {A} {A.v:ret1} {A.n:ret1} on {day}.",
   "Happy {day}! {A^} {A.v:ret1} {A.n:ret1}.")
fr("newsletter", "A:broad ret1-",
   "Ouch. {A^} {A.v:ret1} {A.n:ret1} {w1}.",
   "Not a great look: {A} was {A.updn:ret1} {A.n:ret1} by the closing bell.",
   "{A^} spent {day} in the red, finishing {A.n:ret1} {A.adv:ret1}.",
   "So much for the rally: {A} {A.v:ret1} {A.n:ret1}.")
fr("newsletter", "A:any; B:any",
   "Here's the scoreboard: {A} {A.v:ret1} {A.n:ret1} and {B} {B.v:ret1} {B.n:ret1}.",
   "Quick hits: {A} {A.n:ret1} {A.adv:ret1}, {B} {B.n:ret1} {B.adv:ret1}.",
   "{A^} {A.v:ret1} {A.n:ret1}. {B^}? {B.it^} {B.v:ret1} {B.n:ret1}.",
   "Zooming out, {A} {A.pp:ret30} {A.n:ret30} {w30}, and {B} {B.pp:ret30} {B.n:ret30} {w30}.",
   "Don't sleep on {A}: {A.it} {A.v:ret1} {A.n:ret1} {w1} while {B} {B.v:ret1} {B.n:ret1}.")
fr("newsletter", "A:sector; B:sector",
   "Sector watch: {A} {A.v:ret1} {A.n:ret1} and {B} {B.v:ret1} {B.n:ret1}.",
   "Your sector cheat sheet for {day}: {A} {A.ns:ret1}, {B} {B.ns:ret1}.",
   "Fun fact: {A}'s 30-day volatility is {A.n:vol30}, while {B}'s is {B.n:vol30}.",
   "{A^} {A.v:ret1} {A.n:ret1} today and {B} {B.v:ret1} {B.n:ret1}. Make of that what you will.".replace(" today", " {w1}"))
fr("newsletter", "A:sector ret1+; B:sector ret1+",
   "{A^} {A+B.v:ret1} {A.n:ret1} and {B} {B.n:ret1}, so someone was buying.",
   "Green shoots: {A} and {B} both {A+B.v:ret1}, by {A.n:ret1} and {B.n:ret1}.")
fr("newsletter", "A:sector ret1-; B:sector ret1-; C:sector ret1-",
   "The losers' corner: {A}, {B} and {C}, which {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1}.",
   "Rough one for {A}, {B} and {C}: {A+B+C.ving:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1} {w1}.")
fr("newsletter", "A:sector ret1+; B:sector ret1+; @pair A.ret1 B.ret1",
   "{A^} and {B} {A+B.v:ret1} {A.n:ret1} and {B.n:ret1} respectively. Nice.")
fr("newsletter", "A:sector ret1-; B:sector ret1-; @pair A.ret1 B.ret1",
   "Meanwhile {A} and {B} {A+B.v:ret1} {A.n:ret1} and {B.n:ret1}, respectively. Meh.")
fr("newsletter", "A:etf",
   "Busy tape in {A}: volume hit {A.n:ratio| its average}, about {A.n:volu| shares}.".replace("about {A.n:volu| shares}", "{A.n:volu| shares} in all"),
   "{A^} {A.is} a wild ride, with a beta of {A.n:beta} and 30-day volatility of {A.n:vol30}.",
   "Bet you didn't expect this: {A} {A.v:ret1} {A.n:ret1}, and {A.it} {A.is} {A.n:rel1} {A.rel:rel1} {A.bm:rel1}.",
   "{A^} over the past six weeks? {A.ns:ret30} [sic: trailing 30 sessions].".replace(" [sic: trailing 30 sessions]", ""),
   "{A^} {A.v:ret1} {A.n:ret1} {w1}, and {A.its} MACD is {A.lab:mtrend}.")
fr("newsletter", "A:fund",
   "Valuation corner: {A} goes for {A.n:pe| times earnings}{pedate}.",
   "Pricey or not? {A^} sits at {A.n:pe| times earnings}{pedate}.")
fr("newsletter", "A:any",
   "Chart nerds, {A}'s MACD line is at {A.n:macd} and the signal at {A.n:sig}.",
   "Trend check: {A} is in {A.lab:trend}, and {A.its} MACD is {A.lab:mtrend}.",
   "{A^} closed at {A.n:close} {w1}, {A.n:ret1} {A.adv:ret1}.",
   "{A^} ended at {A.n:close}. That's a {A.n:ret1} {A.noun:ret1} on the day, for the record.")
fr("newsletter", "A:spx",
   "The S&P 500 finished at {A.n:close}, a {A.n:ret1} {A.noun:ret1}; the index's 30-day move is {A.ns:ret30}.".replace("The S&P 500", "{A^}"),
   "{A^} {A.v:ret1} {A.n:ret1} and the index's volume was {A.n:volu| shares}.")

# ---- bullets and tables ----------------------------------------------------------------------
fr("bullets", "A:any; B:any; C:any",
   "- {A.sym}: {A.ns:ret1} {w1}\n- {B.sym}: {B.ns:ret1}\n- {C.sym}: {C.ns:ret1}",
   "* {A^} {A.v:ret1} {A.n:ret1}\n* {B^} {B.v:ret1} {B.n:ret1}\n* {C^} {C.v:ret1} {C.n:ret1}",
   "• {A.sym} {A.ns:ret1}, vol {A.n:vol30}\n• {B.sym} {B.ns:ret1}, vol {B.n:vol30}\n• {C.sym} {C.ns:ret1}, vol {C.n:vol30}",
   "| Fund | 1-day | 30-day |\n|---|---|---|\n| {A.sym} | {A.ns:ret1} | {A.ns:ret30} |\n| {B.sym} | {B.ns:ret1} | {B.ns:ret30} |\n| {C.sym} | {C.ns:ret1} | {C.ns:ret30} |",
   "| Symbol | Close | Day |\n|---|---|---|\n| {A.sym} | {A.n:close} | {A.ns:ret1} |\n| {B.sym} | {B.n:close} | {B.ns:ret1} |\n| {C.sym} | {C.n:close} | {C.ns:ret1} |")
fr("bullets", "A:etf; B:etf",
   "- {A.sym} {A.updn:ret1} {A.n:ret1}, {A.n:rel1} {A.rel:rel1} {A.bm:rel1}\n- {B.sym} {B.updn:ret1} {B.n:ret1}, {B.n:rel1} {B.rel:rel1} {B.bm:rel1}",
   "- Volume: {A.sym} {A.n:volu| shares} ({A.n:ratio| avg})\n- Volume: {B.sym} {B.n:volu| shares} ({B.n:ratio| avg})",
   "| ETF | Beta (252d) | Vol (30d) |\n|---|---|---|\n| {A.sym} | {A.n:beta} | {A.n:vol30} |\n| {B.sym} | {B.n:beta} | {B.n:vol30} |",
   "- {A^}: {A.ns:ret30} {w30}\n- {B^}: {B.ns:ret30} {w30}",
   "- {A.sym} 30-day rel. perf.: {A.ns:rel30}\n- {B.sym} 30-day rel. perf.: {B.ns:rel30}",
   "- {A.sym} MACD {A.n:macd} / signal {A.n:sig}\n- {B.sym} MACD {B.n:macd} / signal {B.n:sig}")
fr("bullets", "A:any; B:any",
   "- {A^} {A.v:ret1} {A.n:ret1} on {day}\n- {B^} {B.v:ret1} {B.n:ret1}",
   "- {A^}: closed at {A.n:close}, {A.ns:ret1}\n- {B^}: closed at {B.n:close}, {B.ns:ret1}",
   "- {A.sym}: MACD {A.lab:mtrend}, trend {A.lab:trend}\n- {B.sym}: MACD {B.lab:mtrend}, trend {B.lab:trend}".replace("trend {A.lab:trend}", "{A.lab:trend}").replace("trend {B.lab:trend}", "{B.lab:trend}"),
   "- {A.sym} hist {A.n:hist}\n- {B.sym} hist {B.n:hist}\n- {A.sym} 30d vol {A.n:vol30}",
   "- {A^} {A.pp:ret30} {A.n:ret30} {w30}\n- {B^} {B.pp:ret30} {B.n:ret30} {w30}",
   "- {A.sym}: {A.n:ret1} {A.adv:ret1}\n- {B.sym}: {B.n:ret1} {B.adv:ret1}\n- {A.sym} volume: {A.n:volu}")
fr("bullets", "A:sector ret1-; B:sector ret1-; C:sector ret1-",
   "- Laggards: {A.sym}, {B.sym}, {C.sym} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1}, {C.n:ret1}",
   "- {A^}, {B} and {C} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1}\n- Session: {day}")
fr("bullets", "A:sector ret1+; B:sector ret1+; C:sector ret1+",
   "- Gainers: {A.sym}, {B.sym} and {C.sym} {A+B+C.v:ret1} {A.n:ret1}, {B.n:ret1} and {C.n:ret1}")
fr("bullets", "A:sector ret1+; B:sector ret1+; @pair A.ret1 B.ret1",
   "- {A.sym} and {B.sym}: {A.ns:ret1} and {B.ns:ret1}\n- both {w1}".replace("\n- both {w1}", ""),
   "- {A^} and {B} {A+B.v:ret1} {A.n:ret1} and {B.n:ret1}, respectively")
fr("bullets", "A:sector ret30+; B:sector ret30+; @pair A.ret30 B.ret30",
   "- {w30^}: {A.sym} and {B.sym} {A+B.v:ret30} {A.n:ret30} and {B.n:ret30}")
fr("bullets", "A:fund",
   "- {A.sym} P/E: {A.n:pe}{pedate}",
   "- Valuation: {A} at {A.n:pe| times earnings}{pedate}\n- Beta: {A.n:beta}")
fr("bullets", "A:spx; B:spy",
   "- {A^}: {A.n:close} ({A.ns:ret1})\n- {B}: {B.n:close} ({B.ns:ret1})\n- Index volume: {A.n:volu}",
   "| | Level | 30d |\n|---|---|---|\n| {A^} | {A.n:close} | {A.ns:ret30} |\n| {B.sym} | {B.n:close} | {B.ns:ret30} |")
fr("bullets", "A:sector mtrend!",
   "- MACD: same signal for every sector fund except {A}, which is {A.lab:mtrend}")

# more wire / analyst / newsletter / bullets frames (variety of verbs, windows and hedges)
fr("wire", "A:any; B:any",
   "{A^} {A.v:ret1} {A.n~:ret1} {w1}, and {B} {B.v:ret1} {B.n~:ret1}.",
   "{A^} {A.v:ret1} {A.n~:ret1}; {B} {B.v:ret30} {B.n~:ret30} {w30}.",
   "Trading volume in {A} was {A.n~:volu| shares}, while {B} {B.v:ret1} {B.n:ret1}.")
fr("analyst", "A:any; B:any",
   "{A^} {A.v:ret30} {A.n~:ret30} {w30}; {B}'s 30-day volatility was {B.n~:vol30}.",
   "Our read: {A} {A.v:ret1} {A.n~:ret1} {w1}, {B} {B.v:ret1} {B.n~:ret1}.")
fr("newsletter", "A:any; B:any",
   "{A^} {A.v:ret1} {A.n~:ret1} and {B} {B.v:ret1} {B.n~:ret1}. Not bad for a {day}.",
   "TL;DR: {A} {A.n~:ret1} {A.adv:ret1}, {B} {B.n~:ret1} {B.adv:ret1}.")
fr("bullets", "A:any; B:any",
   "- {A^}: {A.v:ret1} {A.n~:ret1}\n- {B^}: {B.v:ret1} {B.n~:ret1}",
   "- {A.sym} volume {A.n~:volu| shares}\n- {B.sym} volume {B.n~:volu| shares}")
fr("wire", "A:etf; B:etf",
   "{A^} {A.v:ret1} {A.nn:ret1} and closed at {A.nn:close} {mk:A.ret1,A.close}, while {B} {B.v:ret1} {B.n:ret1}.",
   "{A^} traded {A.nn:volu| shares}, {A.nn:ratio| its 30-day average of} {A.nn:avgv} {mk:A.volu,A.ratio,A.avgv}.".replace("{A.nn:ratio| its 30-day average of} {A.nn:avgv}", "or {A.nn:ratio| its 30-day average of} {A.nn:avgv}"))
fr("analyst", "A:etf",
   "{A^}'s {w30a} return of {A.ns:ret30} and {w30a} volatility of {A.n:vol30} keep us neutral.",
   "{A^} {A.v:ret1} {A.n:ret1} {w1} and {A.v:ret30} {A.n:ret30} {w30}.",
   "{A^} was {A.n:rel1} {A.rel:rel1} {A.bm:rel1} {w1} and {A.n:rel30} {A.rel:rel30} {w30}.")
fr("newsletter", "A:etf",
   "{A^} {A.v:ret1} {A.n:ret1} {w1}... but {A.it} {A.pp:ret30} {A.n:ret30} {w30}. Perspective!",
   "Volume nerd corner: {A} traded {A.n:ratio| its 30-day average} {w1}.")
fr("bullets", "A:etf",
   "- {A.sym} {A.ns:ret1} {w1}; {A.ns:ret30} {w30}; beta {A.n:beta}",
   "- {A^}: {A.n:rel1} {A.rel:rel1} {A.bm:rel1} {w1}\n- {A.its^} 30-day volatility: {A.n:vol30}")
FRAMES = [(st, sp, re.sub(r"\{([A-Z])(\^?)\}'s", r"{\1\2's}", t)) for st, sp, t in F]


# ----------------------------------------------------------------------------------------------
# planting one error
# ----------------------------------------------------------------------------------------------
NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def parse_frame_pairs(frame):
    pairs = []
    for part in frame[1].split(";"):
        part = part.strip()
        if part.startswith("@pair"):
            pairs.append([tuple(x.split(".")) for x in part.split()[1:]])
    return pairs


def strip_pairs(frame):
    style, spec, t = frame
    return (style, ";".join(p for p in spec.split(";") if not p.strip().startswith("@")), t)


class Planter:
    def __init__(self, sheet, rng, renderer):
        self.sheet, self.rng, self.r = sheet, rng, renderer

    def span_of(self, case, idxs):
        offs = case.offsets()
        idxs = [i for i in idxs if i is not None]
        return [min(offs[i][0] for i in idxs), max(offs[i][1] for i in idxs)]

    def num_span(self, case, c):
        """Span of the figure itself inside its token (without a suffix such as ' shares')."""
        offs = case.offsets()
        a, _ = offs[c["tok"]]
        return a, a + len(case.toks[c["tok"]].meta.get("ntext", case.toks[c["tok"]].text))

    def expect(self, case, kinds, n=1):
        v = case.violations()
        return len(v) == n and all(k in kinds for k, _ in v)

    def slot_single(self, case, c):
        slot = c["slot"]
        nclaims = sum(1 for x in case.claims() if x["slot"] == slot)
        ntoks = sum(1 for t in case.toks if t.type in ("subj", "pron") and t.slot == slot)
        return nclaims == 1 and ntoks == 1

    def set_num(self, case, c, text, **upd):
        t = case.toks[c["tok"]]
        t.text = text + t.meta.get("sfx", "")
        t.meta["ntext"] = text
        t.claim = dict(t.claim, text=text, **upd)

    # -- kinds -----------------------------------------------------------------------------------
    def mismatch(self, case):
        cs = [c for c in case.claims() if c["kind"] == "value" and c["hedge"] is None]
        self.rng.shuffle(cs)
        for c in cs:
            txt = c["text"]
            digits = [i for i, ch in enumerate(txt) if ch.isdigit()]
            self.rng.shuffle(digits)
            for i in digits:
                old = txt[i]
                new = self.rng.choice([d for d in "0123456789" if d != old and not (d == "0" and (i == 0 or not txt[i - 1].isdigit()) and i + 1 < len(txt) and txt[i + 1].isdigit())])
                nt = txt[:i] + new + txt[i + 1:]
                m = NUM_RE.search(nt)
                x = float(m.group(0).replace(",", ""))
                self.set_num(case, c, nt, x=x)
                if self.expect(case, {"value"}):
                    a, b = self.num_span(case, c)
                    return [a, b]
                self.set_num(case, c, txt, x=c["x"])
        return None

    def wrong_sign(self, case):
        cs = case.claims()
        self.rng.shuffle(cs)
        for c in cs:
            if c["kind"] != "value":
                continue
            metric = METRIC[c["key"]][0]
            if metric not in SIGNED:
                continue
            t = case.toks[c["tok"]]
            if c.get("dir_tok") is not None:
                dt = case.toks[c["dir_tok"]]
                governed = [x for x in cs if x.get("dir_tok") == c["dir_tok"]]
                if len(governed) != 1:
                    continue
                ups, dns = FORMS.get(dt.form, (None, None)) if dt.form != "pp" else (None, None)
                if dt.form == "pp":
                    pool = [p[0] for p in (DN_PP if dt.sign > 0 else UP_PP)]
                else:
                    pool = dns if dt.sign > 0 else ups
                old_text, old_sign = dt.text, dt.sign
                nt = self.rng.choice(pool)
                dt.text = cap(nt) if dt.text[:1].isupper() else nt
                dt.sign = -dt.sign
                if self.expect(case, {"sign"}):
                    a, b = self.num_span(case, c)
                    o = case.offsets()[c["dir_tok"]]
                    return [min(a, o[0]), max(b, o[1])]
                dt.text, dt.sign = old_text, old_sign
            elif c["text"][:1] in "+-" or metric in ("macd", "macd_signal", "macd_histogram"):
                txt = c["text"]
                if txt[0] == "+":
                    nt = "-" + txt[1:]
                elif txt[0] == "-":
                    nt = ("+" if metric in WORDFORM_SIGNED else "") + txt[1:]
                else:
                    nt = "-" + txt
                self.set_num(case, c, nt, sign=-c["sign"])
                if self.expect(case, {"sign"}):
                    a, b = self.num_span(case, c)
                    return [a, b]
                self.set_num(case, c, txt, sign=c["sign"])
        return None

    def _subject_swap(self, case, kind):
        cs = case.claims()
        self.rng.shuffle(cs)
        used = set(case.slots.values())
        for c in cs:
            j = c["subj_tok"]
            if j is None or case.toks[j].type != "subj" or not self.slot_single(case, c):
                continue
            if kind == "unresolved" and c.get("dir_tok") is not None and sum(1 for x in cs if x.get("dir_tok") == c["dir_tok"]) != 1:
                continue
            st = case.toks[j]
            poss = st.meta.get("poss")
            if kind == "wrong_subject":
                others = [s for s in self.sheet.subjects if s not in used and not (s in SAME.get(c["subj"], {c["subj"]}))
                          and not any(s in SAME.get(u, {u}) for u in used)]
                if not others:
                    continue
                new = self.rng.choice(others)
                if st.text.upper() == st.text.replace("^", "") and st.text.isupper():
                    name = new
                else:
                    name = self.rng.choice(ALIASES[new])[0]
                over = new
            elif kind == "outside_subject":
                if c["key"] not in ("ret1", "ret30", "vol30", "volu", "ratio", "close"):
                    continue
                name = self.rng.choice(OUTSIDE)
                over = "OUT:" + name
            else:  # unresolved
                if poss:
                    continue
                prior = [t for t in case.toks[:j] if t.type in ("subj", "pron")]
                offs = case.offsets()
                txt = case.text()
                at_start = txt[:offs[j][0]].strip() in ("", "-", "*", "\u2022") or txt[:offs[j][0]].rstrip().endswith((".", "!", "?", ":")) or txt[:offs[j][0]].endswith("\n")
                if not prior and at_start and txt[:offs[j][0]].strip() in ("", "-", "*", "\u2022"):
                    name = self.rng.choice(UNRESOLVED_START)
                elif len(set(t.slot for t in prior)) >= 2 and txt[:offs[j][0]].endswith((". ", "; ", ", while ", ", and ", ": ", "? ")):
                    name = self.rng.choice(UNRESOLVED_LATER)
                else:
                    continue
                over = None
            if poss and kind != "unresolved":
                name = name + ("'" if name.endswith("s") else "'s")
            old = st.text
            before = case.text()[:case.offsets()[j][0]]
            starts = before.strip() in ("", "-", "*", "\u2022", "|") or before.rstrip().endswith((".", "!", "?", ":", "\n"))
            st.text = cap(name) if starts and old[:1].isupper() else (name if not old.isupper() or kind != "wrong_subject" else name)
            case.subj_override[j] = over
            want = {"wrong_subject": "subject", "outside_subject": "outside", "unresolved": "unresolved"}[kind]
            if self.expect(case, {want}):
                a, b = self.num_span(case, c)
                o = case.offsets()[j]
                return [min(a, o[0]), max(b, o[1])]
            st.text = old
            del case.subj_override[j]
        return None

    def wrong_subject(self, case):
        return self._subject_swap(case, "wrong_subject")

    def outside_subject(self, case):
        return self._subject_swap(case, "outside_subject")

    def unresolved(self, case):
        return self._subject_swap(case, "unresolved")

    SUBST = {"ret30": ["vol30"], "vol30": ["ret30"], "ratio": ["beta"], "beta": ["ratio"], "macd": ["sig", "hist"],
             "sig": ["macd", "hist"], "hist": ["macd", "sig"], "volu": ["avgv"], "avgv": ["volu"], "pe": ["beta"],
             "ret1": ["vol30"]}

    def wrong_metric(self, case):
        cs = case.claims()
        self.rng.shuffle(cs)
        for c in cs:
            if c["kind"] != "value" or c["key"] not in self.SUBST:
                continue
            if c["key"] == "ret1" and c["win_toks"]:
                continue
            for k2 in self.SUBST[c["key"]]:
                f2 = self.sheet.get(c["subj"], k2)
                if f2 is None:
                    continue
                if METRIC[c["key"]][0] in SIGNED and c.get("dir_tok") is not None and (f2["value"] > 0) != (c["sign"] > 0):
                    continue
                forms = self.r.number_forms(f2, c["key"], "=")
                nt = forms[0]["text"]
                if c["text"][:1] == "+" and not nt.startswith(("+", "-")):
                    nt = ("+" if f2["value"] > 0 else "-") + nt.lstrip("-")
                old = (case.toks[c["tok"]].text, dict(case.toks[c["tok"]].claim))
                self.set_num(case, c, nt, x=forms[0]["x"], d=forms[0]["d"], unit=forms[0]["unit"])
                mk = case.toks[c["mk_tok"]]
                old_ids = list(mk.meta["ids"])
                old_mk = mk.text
                fid = c["fact"]["id"]
                mk.meta["ids"] = [f2["id"] if x == fid else x for x in old_ids]
                mk.text = mk.text.replace(fid + "]", f2["id"] + "]").replace(fid + ",", f2["id"] + ",")
                if self.expect(case, {"metric"}):
                    a, b = self.num_span(case, c)
                    return [a, b]
                case.toks[c["tok"]].text, case.toks[c["tok"]].claim = old
                mk.meta["ids"], mk.text = old_ids, old_mk
        return None

    def wrong_window(self, case):
        cs = case.claims()
        toks = [j for j, t in enumerate(case.toks) if t.type == "win" and t.meta.get("parts", 1) == 1]
        self.rng.shuffle(toks)
        for j in toks:
            linked = [c for c in cs if j in c["win_toks"]]
            if len(linked) != 1:
                continue
            t = case.toks[j]
            pool = BAD_W.get((t.meta["win"], t.meta["form"]))
            if not pool:
                continue
            ph = self.rng.choice(pool).replace("{month}", MONTHS[self.sheet.date.month - 1])
            if ph == "since January" and self.sheet.date.month == 1:
                continue
            old = t.text
            t.text = cap(ph) if old[:1].isupper() else ph
            t.meta["stated"] = "bad"
            if self.expect(case, {"window"}):
                a, b = self.num_span(case, linked[0])
                o = case.offsets()[j]
                return [min(a, o[0]), max(b, o[1])]
            t.text = old
            del t.meta["stated"]
        return None

    def wrong_date(self, case):
        sids = case.sentence_ids()
        toks = [j for j, t in enumerate(case.toks) if t.type in ("day", "date")]
        self.rng.shuffle(toks)
        cs = case.claims()
        for j in toks:
            t = case.toks[j]
            old = t.text
            if t.type == "day":
                t.text = self.rng.choice([w for w in WEEKDAYS if w != self.sheet.weekday])
            else:
                nd = self.sheet.date + datetime.timedelta(days=self.rng.choice([-3, -2, -1, 1, 2]))
                t.text = month_day(nd)
                t.meta["stated"] = nd.isoformat()
            if self.expect(case, {"date"}):
                same = [c for c in cs if sids[c["tok"]] == sids[j]]
                if not same:
                    same = cs
                c = min(same, key=lambda c: abs(c["tok"] - j))
                a, b = self.num_span(case, c)
                o = case.offsets()[j]
                return [min(a, o[0]), max(b, o[1])]
            t.text = old
            t.meta.pop("stated", None)
        return None

    def stale(self, case):
        pes = [c for c in case.claims() if c["key"] == "pe"]
        if not pes:
            return None
        f = pes[0]["fact"]
        if self.sheet.quoted_on(f) == self.sheet.asof:
            return None
        sids = case.sentence_ids()
        self.rng.shuffle(pes)
        for c in pes:
            ds = [j for j, t in enumerate(case.toks) if t.type == "pedate" and sids[j] == sids[c["tok"]]]
            olds = [(j, case.toks[j].text) for j in ds]
            for j in ds:
                case.toks[j].text = ""
            if self.expect(case, {"stale"}):
                a, b = self.num_span(case, c)
                return [a, b]
            for j, o in olds:
                case.toks[j].text = o
        return None

    def hedge(self, case):
        cs = [c for c in case.claims() if c["kind"] == "value" and c["unit"] in ("%", "pp", "percentage points",
                                                                                 "million", "billion", "x", "times")]
        self.rng.shuffle(cs)
        for c in cs:
            f = c["fact"]
            a = abs(f["value"]) / UNIT_SCALE[c["unit"]]
            sfx = {"%": "%", "pp": " pp", "percentage points": " percentage points", "million": " million",
                   "billion": " billion", "x": "x", "times": " times"}[c["unit"]]
            opts = []
            for d in (0, 1):
                if d == 0 and a < 1.2:
                    continue
                x = rnd(a, d)
                step = 10 ** -d
                opts.append(("about", x + step * self.rng.choice([1, -1]), d))
                opts.append(("nearly", math.floor(a * 10 ** d) / 10 ** d, d))
                opts.append(("more", math.ceil(a * 10 ** d) / 10 ** d, d))
                if a > 1.6 * step:
                    opts.append(("more", rnd(a / 1.7, d), d))
                opts.append(("less", math.floor(a * 10 ** d) / 10 ** d, d))
            if c["unit"] == "%" and a >= 1:
                lo = math.floor(a) + 1
                opts.append(("between", lo, 0))
            self.rng.shuffle(opts)
            for h, x, d in opts:
                if x <= 0:
                    continue
                words = {"about": ["about", "around", "roughly"], "nearly": ["nearly", "almost", "just under"],
                         "more": ["more than", "over"], "less": ["less than"]}
                if h == "between":
                    text = "between %d%% and %d%%" % (x, x + 1)
                    upd = dict(x=float(x), d=0, hedge="between", lo=float(x), hi=float(x + 1))
                else:
                    text = "%s %s%s" % (self.rng.choice(words[h]), fmt(x, d), sfx)
                    upd = dict(x=x, d=d, hedge=h)
                if c["text"][:1] in "+-":
                    continue
                old = (case.toks[c["tok"]].text, dict(case.toks[c["tok"]].claim), dict(case.toks[c["tok"]].meta))
                self.set_num(case, c, text, **upd)
                if self.expect(case, {"value"}):
                    a0, b0 = self.num_span(case, c)
                    return [a0, b0]
                case.toks[c["tok"]].text, case.toks[c["tok"]].claim, case.toks[c["tok"]].meta = old
        return None

    def scale(self, case):
        cs = [c for c in case.claims() if c["kind"] == "value" and c["unit"] in ("million", "billion", "thousand",
                                                                                 "pp", "basis points", "percentage points")]
        self.rng.shuffle(cs)
        for c in cs:
            txt = c["text"]
            u = c["unit"]
            if u in ("million", "billion", "thousand"):
                nu = self.rng.choice([x for x in ("million", "billion", "thousand") if x != u and not (u == "thousand" and x == "billion")])
                nt = txt.replace(u, nu)
            elif u == "basis points":
                nu = self.rng.choice(["pp", "percentage points"])
                nt = txt.replace("basis points", nu)
            else:
                nu = "basis points"
                nt = txt.replace(" pp", " basis points").replace(" percentage points", " basis points")
            if nt == txt:
                continue
            self.set_num(case, c, nt, unit=nu)
            if self.expect(case, {"value"}):
                a, b = self.num_span(case, c)
                return [a, b]
            self.set_num(case, c, txt, unit=u)
        return None

    def wrong_unit(self, case):
        cs = [c for c in case.claims() if c["kind"] == "value" and c["unit"] in ("pp", "percentage points", "%")]
        self.rng.shuffle(cs)
        for c in cs:
            txt, u = c["text"], c["unit"]
            if u == "%":
                if c["key"] not in ("ret1", "ret30"):
                    continue
                nu = self.rng.choice(["pp", "percentage points"])
                nt = txt.replace("%", " pp" if nu == "pp" else " percentage points")
            else:
                nu = "%"
                nt = txt.replace(" pp", "%").replace(" percentage points", "%")
            self.set_num(case, c, nt, unit=nu)
            if self.expect(case, {"unit"}):
                a, b = self.num_span(case, c)
                return [a, b]
            self.set_num(case, c, txt, unit=u)
        return None

    def wrong_citation(self, case):
        cs = [c for c in case.claims() if c["mk_tok"] is not None]
        self.rng.shuffle(cs)
        for c in cs:
            f = c["fact"]
            others = [g for g in self.sheet.raw["facts"] if g["subject"] not in SAME.get(f["subject"], {f["subject"]})
                      and g["metric"] != f["metric"] and g["subject"] not in case.slots.values()]
            if not others:
                continue
            g = self.rng.choice(others)
            mk = case.toks[c["mk_tok"]]
            old_ids, old_txt = list(mk.meta["ids"]), mk.text
            mk.meta["ids"] = [g["id"] if x == f["id"] else x for x in old_ids]
            mk.text = re.sub(r"\b%s\b" % f["id"], g["id"], mk.text)
            if self.expect(case, {"subject"}):
                a, _ = self.num_span(case, c)
                return [a, case.offsets()[c["mk_tok"]][1]]
            mk.meta["ids"], mk.text = old_ids, old_txt
        return None

    INVENTED = {
        "wire": ["{S}Futures pointed {x}% higher ahead of the open.", "{S}The 10-year Treasury yield rose {b} basis points.",
                 "{S}Oil prices added {x}%.", "{S}Gold slipped {x}% in late trade.",
                 "{S}Roughly {p}% of S&P 500 members finished higher."],
        "analyst": ["{S}We estimate fair value {x}% above current levels.", "{S}Consensus sees earnings growth of {x}% next year.",
                    "{S}The VIX eased {x} points.", "{S}Net inflows equalled {x}% of assets."],
        "newsletter": ["{S}Futures were up {x}% when I checked at 7 a.m.", "{S}Bitcoin? Up {x}%, naturally.",
                       "{S}My coffee budget is up {x}% this year, for the record.".replace(" this year", ""),
                       "{S}The dollar slipped {x}%."],
        "bullets": ["\n- Futures: +{x}%", "\n- 10-year yield: +{b} bp", "\n- Oil: -{x}%", "\n- VIX: {y}"],
    }

    def uncited_invented(self, case):
        rng = self.rng
        if rng.random() < 0.5:
            # an in-sheet figure given without a marker and with an invented value
            cs = [c for c in case.claims() if c["kind"] == "value" and c["mk_tok"] is not None and c["hedge"] is None
                  and len(case.toks[c["mk_tok"]].meta["ids"]) == 1]
            rng.shuffle(cs)
            for c in cs:
                mkj = c["mk_tok"]
                saved = [(t.text, dict(t.meta), t.type, t.refs) for t in case.toks]
                case.toks[mkj].text = ""
                case.toks[mkj].meta["ids"] = []
                case.toks[mkj].refs = []
                txt = c["text"]
                digits = [i for i, ch in enumerate(txt) if ch.isdigit()]
                i = digits[-1] if rng.random() < 0.5 else digits[0]
                nd = rng.choice([d for d in "123456789" if d != txt[i]])
                nt = txt[:i] + nd + txt[i + 1:]
                self.set_num(case, c, nt, x=float(NUM_RE.search(nt).group(0).replace(",", "")))
                v = case.violations()
                if len(v) == 1 and v[0][0] == "uncited":
                    a, b = self.num_span(case, c)
                    return [a, b]
                for t, (tx, me, ty, rf) in zip(case.toks, saved):
                    t.text, t.meta, t.type, t.refs = tx, me, ty, rf
                return None
            return None
        tmpl = rng.choice(self.INVENTED[case.style])
        x = "%.1f" % rng.choice([0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 1.2, 1.4])
        vals = {"x": x, "b": str(rng.choice([3, 4, 6, 7, 9])), "p": str(rng.choice([55, 60, 65, 70])),
                "y": "%.1f" % rng.choice([14.2, 16.8, 18.3, 21.5])}
        sep = "" if case.style == "bullets" else " "
        pre, key = None, None
        m = re.search(r"\{([xbpy])\}", tmpl)
        before = tmpl[:m.start()].replace("{S}", sep)
        after = tmpl[m.end():]
        if key is None:
            key = m.group(1)
        num = vals[key]
        claim = dict(kind="value", invented=True, subj=None, key="ret1", fact=None, markers=[], win=None, slot=None,
                     sign=None, text=num, x=float(num), d=1, hedge=None, unit="%", lo=None, hi=None)
        case.toks.append(Tok("text", before))
        case.toks.append(Tok("num", num, slot="~inv", key="ret1", claim=claim, meta={"ntext": num, "sfx": ""}))
        case.toks.append(Tok("text", after))
        v = case.violations()
        if len(v) == 1 and v[0][0] == "uncited":
            c = [c for c in case.claims() if c.get("invented")][0]
            return list(self.num_span(case, c))
        return None

    def wrong_label(self, case):
        cs = [c for c in case.claims() if c["kind"] == "label"]
        self.rng.shuffle(cs)
        for c in cs:
            t = case.toks[c["tok"]]
            new = LABEL_FLIP[c["label"]]
            if c["key"] == "trend" and c["label"] == "uptrend":
                new = self.rng.choice(["downtrend", "sideways"])
            old = (t.text, dict(t.claim))
            t.text = label_text(new, c["key"], self.rng)
            t.claim = dict(t.claim, label=new)
            if self.expect(case, {"label"}):
                o = case.offsets()[c["tok"]]
                return [o[0], o[1]]
            t.text, t.claim = old
        return None


def plant_list_sign(r, frame, sheet, rng):
    style, spec, tmpl = frame
    lists = re.findall(r"\{([A-Z](?:\+[A-Z])+)\.\w+:(\w+)\}", tmpl)
    if not lists:
        return None
    slots_s, key = lists[0]
    sl = slots_s.split("+")
    victim = rng.choice(sl[1:])
    conds = {}
    for part in spec.split(";"):
        part = part.strip()
        if not part or part.startswith("@"):
            continue
        name, rest = part.split(":")
        bits = rest.split()
        if name.strip() == victim:
            nb = []
            for b in bits[1:]:
                if b == key + "+":
                    nb.append(key + "-")
                elif b == key + "-":
                    nb.append(key + "+")
                else:
                    nb.append(b)
            conds[victim] = nb
    case = r.render(strip_pairs(frame), override=conds)
    if case is None:
        return None
    v = case.violations()
    if len(v) != 1 or v[0][0] != "sign":
        return None
    c = [c for c in case.claims() if c["tok"] == v[0][1]][0]
    if c["slot"] != victim:
        return None
    offs = case.offsets()
    a = offs[c["tok"]][0]
    return case, [a, a + len(case.toks[c["tok"]].meta["ntext"])]


def plant_swap(r, frame, sheet, rng):
    pairs = parse_frame_pairs(frame)
    if not pairs:
        return None
    case = r.render(strip_pairs(frame))
    if case is None or case.violations():
        return None
    (s1, k1), (s2, k2) = pairs[0]
    cs = {(c["slot"], c["key"]): c for c in case.claims()}
    c1, c2 = cs[(s1, k1)], cs[(s2, k2)]
    if abs(c1["x"] - c2["x"]) < 10 ** -max(c1["d"], c2["d"]) - 1e-9 or c1["text"] == c2["text"]:
        return None
    t1, t2 = case.toks[c1["tok"]], case.toks[c2["tok"]]
    m1, m2 = case.toks[c1["mk_tok"]], case.toks[c2["mk_tok"]]
    t1.text, t2.text = t2.text, t1.text
    t1.meta, t2.meta = t2.meta, t1.meta
    cl1, cl2 = dict(t2.claim, slot=s1, subj=t1.claim["subj"], key=k1), dict(t1.claim, slot=s2, subj=t2.claim["subj"], key=k2)
    t1.claim, t2.claim = cl1, cl2
    m1.text, m2.text = m2.text, m1.text
    m1.meta, m2.meta = m2.meta, m1.meta
    v = case.violations()
    if len(v) != 2 or any(k != "subject" for k, _ in v):
        return None
    offs = case.offsets()
    a = offs[c1["tok"]][0]
    b = offs[c2["tok"]][0] + len(t2.meta["ntext"])
    return case, [a, b]


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def main():
    rng = random.Random(SEED)
    sheets = [Sheet(os.path.join(SHEETS, n)) for n in sorted(os.listdir(SHEETS)) if n.endswith(".json")]
    by_style = {s: [f for f in FRAMES if f[0] == s] for s in STYLES}
    texts = set()
    cases = []
    frames_used = set()

    def attempt_honest(sheet, style):
        r = Renderer(sheet, rng)
        for _ in range(60):
            frame = rng.choice(by_style[style])
            case = r.render(strip_pairs(frame))
            if case is None:
                continue
            if case.violations():
                continue
            t = case.text()
            if t in texts:
                continue
            frames_used.add(frame[2])
            return case
        return None

    def attempt_planted(sheet, style, kind):
        r = Renderer(sheet, rng)
        for _ in range(80):
            frame = rng.choice(by_style[style])
            if kind == "list_sign":
                res = plant_list_sign(r, frame, sheet, rng)
            elif kind == "respectively_swap":
                res = plant_swap(r, frame, sheet, rng)
            else:
                case = r.render(strip_pairs(frame))
                if case is None or case.violations():
                    continue
                p = Planter(sheet, rng, r)
                span = getattr(p, kind)(case)
                res = (case, span) if span else None
            if not res:
                continue
            case, span = res
            t = case.text()
            if t in texts:
                continue
            frames_used.add(frame[2])
            return case, span
        return None

    # honest
    i = 0
    while sum(1 for c in cases if c["expect"] == "pass") < N_HONEST:
        sheet = sheets[i % len(sheets)]
        style = STYLES[(i // len(sheets)) % 4] if i % 7 else STYLES[rng.randrange(4)]
        i += 1
        case = attempt_honest(sheet, style)
        if case is None:
            continue
        texts.add(case.text())
        cases.append(dict(date=sheet.asof, style=style, text=case.text(), expect="pass", kind=None, span=None))
    # planted, kinds balanced
    per_kind = N_PLANTED // len(KINDS)
    extra = N_PLANTED - per_kind * len(KINDS)
    quota = {k: per_kind + (1 if n < extra else 0) for n, k in enumerate(KINDS)}
    for kind in KINDS:
        made, tries, j = 0, 0, rng.randrange(1000)
        pool = [s for s in sheets if kind != "stale" or any(
            f["metric"] == "pe_ratio" and s.quoted_on(f) != s.asof for f in s.raw["facts"])]
        while made < quota[kind]:
            tries += 1
            if tries > 5000:
                raise SystemExit("cannot plant %s (%d made)" % (kind, made))
            sheet = pool[j % len(pool)]
            style = STYLES[(j // len(pool) + made) % 4]
            j += 1
            res = attempt_planted(sheet, style, kind)
            if res is None:
                continue
            case, span = res
            t = case.text()
            assert 0 <= span[0] < span[1] <= len(t)
            texts.add(t)
            cases.append(dict(date=sheet.asof, style=style, text=t, expect="fail", kind=kind, span=span))
            made += 1
    rng.shuffle(cases)
    with open(OUT, "w", encoding="utf-8") as fh:
        for n, c in enumerate(cases, 1):
            assert utf16_len(c["text"]) == len(c["text"]), "astral character in " + c["text"]
            row = {"id": "c%04d" % n, "date": c["date"], "style": c["style"], "text": c["text"], "expect": c["expect"],
                   "kind": c["kind"], "span": c["span"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print("cases", len(cases), "frames used", len(frames_used), file=sys.stderr)
    print(Counter((c["kind"] or "honest", c["style"]) for c in cases), file=sys.stderr)


if __name__ == "__main__":
    main()
