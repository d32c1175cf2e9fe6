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
UNRESOLVED_LATER = ["one of them", "one of the group", "one of those funds", "the other one"]

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
                w = rng.choice(["more than", "over", "above"])
                res.append(dict(text="%s %s%s" % (w, fmt(fl, d, unit == "price"), sfx), x=fl, d=d, hedge="more",
                                unit=u, lo=None, hi=None))
            ce = math.ceil(s * 10 ** d) / 10 ** d
            if ce > s > 0.5 * ce:
                w = rng.choice(["less than", "under", "below"])
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
                txt = a[0] + ("'" if a[0].endswith("s") and a[1] else "'s")
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
            forms = self.number_forms(f, key, mode)
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
