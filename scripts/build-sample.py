#!/usr/bin/env python3
"""Regenerates data/sample/ from the real public data in ../shared/data (see data/SOURCES.md).

Usage: scripts/build-sample.py [SHARED_DATA_DIR]   (default: ../shared/data beside the project)

The sample holds, gzip-compressed and byte-for-byte reproducible:
  - llmfit/: the llmfit scrapes of the Hub API, the last scrape of each day, trimmed to the fields ModelCensus
    reads (name, provider, hf_downloads, hf_likes, pipeline_tag, parameters_raw, architecture, release_date,
    gguf_sources);
  - forecast-hf/: the ForecastHuggingFaceModels daily cumulative download series, unchanged;
  - lineage/: crawls of the Hub model tree under DeepSeek-R1 (four dates), DeepSeek-V3 and Janus-Pro-7B, one
    Hub-API model object per line, unchanged (already facts only), imported as hub-jsonl snapshots of source
    lineage-crawl;
  - arena/: the LMArena leaderboard histories (Elo history and the 2025 scrapes), unchanged;
  - osir-lmts/: BAAI's OSIR-LMTS crawls of the model pages of 65 organisations on Hugging Face and ModelScope, the
    last three dates (OSIR_DATES), trimmed to the facts ModelCensus reads (link, tree and error_msg dropped);
  - manifest.csv: which file is which format and snapshot source.
"""
import csv
import glob
import gzip
import io
import json
import os
import shutil
import sys

PROJECT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(PROJECT, "..", "shared", "data")
SAMPLE = os.path.join(PROJECT, "data", "sample")
OSIR_DATES = ["2025-05-07", "2025-06-07", "2025-07-07"]
OSIR_FIELDS = ["repo", "model_name", "downloads_last_month", "total_downloads", "likes", "community", "descendants",
               "date_crawl"]
LLMFIT_FIELDS = ["name", "provider", "hf_downloads", "hf_likes", "pipeline_tag", "parameters_raw",
                 "architecture", "release_date", "gguf_sources"]


def write_gzip(path, data):
    """Writes bytes gzip-compressed with a fixed timestamp and no file name, so reruns give identical files."""
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out:
            out.write(data)


def main():
    if not os.path.isdir(SHARED):
        sys.exit(f"no shared data directory at {SHARED}")
    shutil.rmtree(SAMPLE, ignore_errors=True)
    os.makedirs(os.path.join(SAMPLE, "llmfit"))
    os.makedirs(os.path.join(SAMPLE, "forecast-hf"))
    os.makedirs(os.path.join(SAMPLE, "lineage"))
    os.makedirs(os.path.join(SAMPLE, "arena"))
    os.makedirs(os.path.join(SAMPLE, "osir-lmts"))
    manifest = []

    scrapes = sorted(glob.glob(os.path.join(SHARED, "llmfit", "hf_models_*.json")))
    last_of_day = {}
    for path in scrapes:
        day = os.path.basename(path)[len("hf_models_"):][:10]
        last_of_day[day] = path  # sorted by name = by scrape time, so the last one wins
    for day, path in sorted(last_of_day.items()):
        with open(path, encoding="utf-8") as source:
            models = json.load(source)
        trimmed = [{field: model[field] for field in LLMFIT_FIELDS if field in model} for model in models]
        text = "[\n" + ",\n".join(json.dumps(model, ensure_ascii=False) for model in trimmed) + "\n]\n"
        name = os.path.basename(path) + ".gz"
        write_gzip(os.path.join(SAMPLE, "llmfit", name), text.encode("utf-8"))
        manifest.append(("llmfit/" + name, "llmfit", "llmfit"))

    for path in sorted(glob.glob(os.path.join(SHARED, "forecast-hf", "download", "*.csv"))):
        name = os.path.basename(path) + ".gz"
        with open(path, "rb") as source:
            write_gzip(os.path.join(SAMPLE, "forecast-hf", name), source.read())
        manifest.append(("forecast-hf/" + name, "forecast-hf", "forecast-hf"))

    for path in sorted(glob.glob(os.path.join(SHARED, "lineage", "*.jsonl"))):
        name = os.path.basename(path) + ".gz"
        with open(path, "rb") as source:
            write_gzip(os.path.join(SAMPLE, "lineage", name), source.read())
        manifest.append(("lineage/" + name, "hub-jsonl", "lineage-crawl"))

    for name, format_name in [("arena_elo_history.csv", "arena-history"), ("lmarena_history_2025.csv", "lmarena-history")]:
        with open(os.path.join(SHARED, "arena", name), "rb") as source:
            write_gzip(os.path.join(SAMPLE, "arena", name + ".gz"), source.read())
        manifest.append(("arena/" + name + ".gz", format_name, "lmarena"))

    for hub in ["huggingface", "modelscope"]:
        for date in OSIR_DATES:
            name = f"{hub}_{date}.jsonl"
            lines = []
            with open(os.path.join(SHARED, "osir-lmts", name), encoding="utf-8") as source:
                for line in source:
                    row = json.loads(line)
                    lines.append(json.dumps({field: row[field] for field in OSIR_FIELDS if field in row},
                                            ensure_ascii=False))
            write_gzip(os.path.join(SAMPLE, "osir-lmts", name + ".gz"), ("\n".join(lines) + "\n").encode("utf-8"))
            manifest.append(("osir-lmts/" + name + ".gz", "osir-lmts", "osir-lmts"))

    with open(os.path.join(SAMPLE, "manifest.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["file", "format", "source"])
        writer.writerows(manifest)
    print(f"wrote {len(manifest)} files to {SAMPLE}")


if __name__ == "__main__":
    main()
