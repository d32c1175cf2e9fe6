#!/usr/bin/env python3
"""The fact sheet's per-instrument catalogue, vectorised with polars: the side of issue 15's speed
comparison (`facts --data DIR` against this script on the same files, each as a whole cold process).

    python3 scripts/facts_polars.py DIR [DATE] > sheet.jsonl

Computes, for every instrument with a row on DATE (default: the latest date of any file), the metrics
of docs/metrics.md that need only its own and its benchmark's bars: close, return 1d/30d, volatility
30d, volume, average_volume 30d, volume_ratio 30d, MACD (12, 26, 9; EMAs seeded with the first row),
trend (SMA50 slope), relative_return 1d/30d and beta 252d, with the same window completeness (the
instrument's last k+1 dates equal its benchmark's). One JSON line per figure; no quality checks, no
labels, no sources: the Java side does more work, not less.

Written for the comparison and NOT RUN on the machine of the README's results: polars is not installed
there (no PyPI access); `pip install polars` and run it beside `bin/factline facts` to compare.
"""
import json
import sys
from pathlib import Path

import polars as pl


def load(data: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    inst = pl.read_csv(data / "instruments.csv", schema_overrides={"sector": pl.Utf8, "benchmark": pl.Utf8})
    inst = inst.with_columns(pl.when(pl.col("benchmark").is_null() | (pl.col("benchmark") == ""))
                             .then(pl.col("symbol")).otherwise(pl.col("benchmark")).alias("benchmark"))
    frames = []
    for sym in inst["symbol"]:
        f = pl.read_csv(data / "prices" / f"{sym}.csv", try_parse_dates=True, infer_schema_length=0)
        p = "adj_close" if "adj_close" in f.columns else "close"
        vol = pl.col("volume").cast(pl.Float64, strict=False) if "volume" in f.columns else pl.lit(None, pl.Float64)
        frames.append(f.select(pl.lit(sym).alias("symbol"), pl.col("date").str.to_date(),
                               pl.col("close").cast(pl.Float64), pl.col(p).cast(pl.Float64).alias("p"), vol.alias("volume")))
    bars = pl.concat(frames).sort("symbol", "date")
    return inst, bars


def per_row(bars: pl.DataFrame) -> pl.DataFrame:
    by = "symbol"
    r = (pl.col("p") / pl.col("p").shift(1) - 1).over(by) * 100
    sma50 = pl.col("p").rolling_mean(50).over(by)
    return bars.with_columns(
        pl.int_range(pl.len()).over(by).alias("row"),
        r.alias("r1"),
        ((pl.col("p") / pl.col("p").shift(30) - 1) * 100).over(by).alias("r30"),
        pl.col("p").ewm_mean(alpha=2 / 13, adjust=False).over(by).alias("e12"),
        pl.col("p").ewm_mean(alpha=2 / 27, adjust=False).over(by).alias("e26"),
        pl.col("volume").shift(1).rolling_mean(30).over(by).alias("avg_vol"),
        pl.col("volume").shift(1).rolling_sum(30, min_samples=30).over(by).is_not_null().alias("vols_ok"),
        sma50.alias("sma50"), sma50.shift(10).over(by).alias("sma50_10"),
    ).with_columns(
        pl.col("r1").rolling_std(30, ddof=1).over(by).alias("vol30"),
        (pl.col("e12") - pl.col("e26")).alias("macd"),
    ).with_columns(pl.col("macd").ewm_mean(alpha=0.2, adjust=False).over(by).alias("signal"))


def sheet(data: Path, day) -> list[dict]:
    inst, bars = load(data)
    rows = per_row(bars)
    # window completeness: the date k rows back must equal the benchmark's date k rows back
    bench_dates = rows.select(pl.col("symbol").alias("benchmark"), "date", pl.col("row").alias("brow"))
    keyed = rows.join(inst.select("symbol", "benchmark"), on="symbol")
    at = keyed.filter(pl.col("date") == day).join(bench_dates, on=["benchmark", "date"], how="left")
    back = rows.select("symbol", "row", pl.col("date").alias("d_back"))
    bback = rows.select(pl.col("symbol").alias("benchmark"), pl.col("row").alias("brow_back"), pl.col("date").alias("b_back"))
    for k in (1, 30, 252):
        at = (at.with_columns((pl.col("row") - k).alias("rk"), (pl.col("brow") - k).alias("bk"))
              .join(back.rename({"row": "rk", "d_back": f"d{k}"}), on=["symbol", "rk"], how="left")
              .join(bback.rename({"brow_back": "bk", "b_back": f"b{k}"}), on=["benchmark", "bk"], how="left")
              .with_columns(((pl.col(f"d{k}") == pl.col(f"b{k}")) & pl.col("brow").is_not_null()).fill_null(False).alias(f"ok{k}"))
              .drop("rk", "bk"))
    # beta over the 252 returns ending on t, on rows aligned by date with the benchmark
    pair = (keyed.join(rows.select(pl.col("symbol").alias("benchmark"), "date", pl.col("r1").alias("rb")),
                       on=["benchmark", "date"], how="inner")
            .with_columns(pl.col("r1").rolling_cov(pl.col("rb"), window_size=252).over("symbol").alias("cov") if hasattr(pl.Expr, "rolling_cov")
                          else pl.rolling_cov(pl.col("r1"), pl.col("rb"), window_size=252).over("symbol").alias("cov"),
                          pl.col("rb").rolling_var(252).over("symbol").alias("var_b"))
            .filter(pl.col("date") == day).select("symbol", (pl.col("cov") / pl.col("var_b")).alias("beta")))
    at = at.join(pair, on="symbol", how="left")
    out = []
    for r in at.iter_rows(named=True):
        s = r["symbol"]
        def fact(metric, window, value):
            out.append({"subject": s, "metric": metric, "window": window, "value": value})
        fact("close", None, r["close"])
        if r["ok1"]: fact("return", "1d", r["r1"])
        if r["ok30"]:
            fact("return", "30d", r["r30"])
            fact("volatility", "30d", r["vol30"])
        if r["volume"] is not None: fact("volume", "1d", r["volume"])
        if r["ok30"] and r["vols_ok"] and r["volume"] is not None:
            fact("average_volume", "30d", r["avg_vol"])
            if r["avg_vol"] and r["avg_vol"] > 0: fact("volume_ratio", "30d", r["volume"] / r["avg_vol"])
        fact("macd", None, r["macd"]); fact("macd_signal", None, r["signal"]); fact("macd_histogram", None, r["macd"] - r["signal"])
        if r["row"] >= 59:
            slope = (r["sma50"] / r["sma50_10"] - 1) * 100
            fact("trend", None, "uptrend" if slope > 1 and r["p"] > r["sma50"] else "downtrend" if slope < -1 and r["p"] < r["sma50"] else "sideways")
        if r["ok252"] and r["beta"] is not None: fact("beta", "252d", r["beta"])
    ret = {(f["subject"], f["window"]): f["value"] for f in out if f["metric"] == "return"}
    for s, b in inst.select("symbol", "benchmark").iter_rows():
        for w in ("1d", "30d"):
            if s != b and (s, w) in ret and (b, w) in ret:
                out.append({"subject": s, "metric": "relative_return", "window": w, "value": ret[(s, w)] - ret[(b, w)]})
    return out


def main() -> None:
    data = Path(sys.argv[1])
    import datetime
    if len(sys.argv) > 2:
        day = datetime.date.fromisoformat(sys.argv[2])
    else:
        day = max(pl.read_csv(p, columns=["date"], try_parse_dates=True)["date"].max() for p in (data / "prices").glob("*.csv"))
    w = sys.stdout.write
    for f in sheet(data, day):
        w(json.dumps(f) + "\n")


if __name__ == "__main__":
    main()
