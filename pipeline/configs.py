"""The config dataclasses of the stages and the report, in a module that imports no library: the CLI builds its
options and their shown defaults from them, so `tipline --help` loads no stage (issue 19). Each class is re-exported
by its own module (``pipeline.stages.dedup.DedupConfig`` ...), where the rest of the code takes it from.
"""

from __future__ import annotations

from dataclasses import dataclass

# The repairs' names in the order they run: --no-fix offers them without importing the repairs and their libraries
# (``pipeline.repairs.FIX_NAMES`` derives them from its fixes; tests/test_cli.py checks that the two agree).
FIX_NAMES = ("quoted_printable", "invisible", "unicode", "mac_roman", "spaces", "csv_quotes", "foreign_spam",
             "page_junk", "markers", "line_breaks", "hard_wrap", "line_end_hyphen", "stripped_com", "ocr_letters",
             "glued")
LEVELS = ("article", "tip")  # the record kinds dedup works on
TIP_FORMS = ("numbered", "bullet", "headed", "paragraph")  # the forms the tips stage finds, in its order of evidence
# segment's learned line-role modes (``SegmentConfig.line_roles``): `segment --line-roles` and the bench offer these
LINE_ROLE_MODES = ("off", "model", "arbiter", "fallback", "author-fallback", "title", "page-fallback")


@dataclass(frozen=True, slots=True)
class RepairConfig:
    disabled: tuple[str, ...] = ()  # fixes switched off, by name (see pipeline.repairs.FIX_NAMES)
    learn: bool = True  # first pass over the corpus to learn marker tokens; off = builtin markers, pure streaming
    # Learn from at most this much text (the first documents in input order; repair still sees all): a scraper's
    # marker stands for a function word wherever it struck, so if it damaged 1 page in 50, 1 M characters (~330 pages)
    # hold ~6 such pages and more than the 10 occurrences it needs; the scale corpora learn the same markers at 1 M
    # as at 64 M, but for typos repeated in copies ("otx"), which 2-4 M learned with the wrong word. Learning costs
    # ~0.2 s whatever the run (issue 19).
    learn_max_chars: int = 1_000_000
    spool_memory_chars: int = 64_000_000  # records held in memory between the passes; beyond, a temporary file
    min_marker_count: int = 10  # a learned marker occurs at least this often ...
    min_marker_docs: int = 2  # ... in at least this many documents ...
    min_marker_similarity: float = 0.35  # ... with neighbours this close to a function word's (names score < 0.2)
    spun_threshold: float = 0.5  # flag "spun" from this score
    deletion_threshold: float = 0.5  # flag "suspected-deletions" from this score

    def __post_init__(self) -> None:
        unknown = sorted(set(self.disabled) - set(FIX_NAMES))
        if unknown:
            raise ValueError(f"unknown repair(s) {', '.join(unknown)}; choose from {', '.join(FIX_NAMES)}")


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    keep_removed: bool = False  # store removed spans on the record (audit); counts are always kept
    corpus_stats: bool = True  # learn repeated lines from the whole run (needs a first pass over it)
    min_docs: int = 5  # a repeated line must occur in this many distinct pages ...
    min_share: float = 0.01  # ... and in this share of them: 5 pages of 100 000 is a coincidence, not chrome
    max_line_chars: int = 100  # only short lines count: a repeated long paragraph is a copy, dedup's business
    max_tracked: int = 1_000_000  # memory bound on the line table (about 200 MB at the limit, with examples)
    promo_tail_share: float = 0.5  # promotions are looked for only after this share of the page's lines
    learned_examples: int = 50  # how many of the repeated lines to show in the manifest


@dataclass(frozen=True, slots=True)
class SegmentConfig:
    keep_removed: bool = False  # store removed teasers on the record (audit); counts are always kept
    split: bool = True  # split pages that hold several articles
    header_lines: int = 24  # title and byline are looked for above the first paragraph, within this many lines
    notice_max_words: int = 60  # a notice between the title and the byline ("Reprinted with permission ...")
    footer_skip_lines: int = 2  # unknown short lines under a closing byline that are taken as the page's footer
    teaser_window: int = 2  # a teaser is one of the first body paragraphs
    teaser_min_words: int = 8  # shorter openings ("Dear reader,") are never teasers
    teaser_containment: float = 0.6  # share of the teaser's word 3-grams found in one later paragraph
    bio_min_words: int = 4  # words a copyright line must add after its holder to count as a bio
    # Learned line roles (issue 16, ``text/line_roles.py``): "off" (the default) = the rules alone; "page-fallback"
    # = "fallback" below on a record that shows it is a page (``segment.shows_page``: markup, page furniture read or
    # boilerplate removed, a site header or footer the rules set aside), the rules alone on a bare body; "model" = the
    # model picks the title and author among every candidate; "arbiter" = the model picks, knowing which candidate
    # the rules chose; "fallback" = the rules' answers, the model's where the rules found none; "author-fallback"
    # = that for the author only, and only a person standing where pages credit writers (``line_roles.may_name``,
    # ``credited_span``); "title" = that for the title only (the rules' authors stand; measured in round 17: a
    # model's title over the rules' where it is confident loses on held-out parts, filling their gaps gains). Set
    # it with `segment --line-roles MODE` or `run --set segment.line_roles=MODE`. Off because on real text its
    # changes are mostly wrong, measured again in round 26 (main 8dd70e0, table trained on the 31 tuned parts,
    # never on holdout10; README, "Learned line roles"): the tuned parts, an upper bound since the model learned
    # them, gain titles 1,555 -> 1,561 ("title", "fallback"; three parts lose one) and authors 1,535 -> 1,542
    # ("author-fallback", "fallback"); holdout10 moves in no mode (titles 22, authors 19 of 28); trafilatura-eval
    # authors 370 -> 373 of 538 with the author fallback, titles 721 in every mode (the markup always gives one);
    # but on the 1,166 real texts, every change read, the title fallback fills 237 titles of which 39 are the
    # text's title, 176 are not (a lead sentence, a standfirst, a caption, a date line, a subheading, a notice)
    # and 22 unsure, and two of its fills turn a results table into tips; the author fallback names 50 articles,
    # 19 by their writer, 22 by someone else (a quoted or described person, a list's name, a photo or fashion
    # credit, a company) and 9 unsure. Segment's CPU there: "title" +4 %, the author fallback about +30-40 %.
    # Round 28 (branch r28-lever): of those fills nearly all stood on bodies that show no page (no markup, nothing
    # removed, no header or footer read); "page-fallback", with the title fallback refusing a line that ends as a
    # sentence or stands under the text's first sentence, changes 7 titles and 7 authors of the real texts, 9 right
    # and 5 wrong, keeps the tuned gains but two (titles 1,661 -> 1,666, authors 1,636 -> 1,645), holdout10
    # unchanged, trafilatura-eval authors 370 -> 374, and costs no CPU on bodies (README, "Learned line roles"),
    # but as the default it failed eight of the project's precision tests (made-up pages whose header shows a date
    # or a label: a salutation as the title, a sponsor, a quoted byline, a profile card named): still a setting.
    # Round 30 (branch r30-fallback): the author fallback names nobody from a line the rules read themselves (a
    # byline, a host's credit, a notice's credit instruction: ``line_roles.read_by_rules``), from the lines set
    # aside as the site's header (a teaser's byline, a profile card), or on a page whose head credits a body
    # (``credits_a_body``); with that, as the default all eight of those tests pass, the tuned parts keep their
    # gains (titles 1,757 -> 1,763, authors 1,719 -> 1,725; holdout22 -1 title), holdout10 unchanged,
    # trafilatura-eval authors 372 -> 375 (3 won, none lost), titles 721; but of its 14 real-text changes (the
    # same as round 28's) 5 are still wrong (2 titles: a shop's banner, a widget's label; 3 authors: an open
    # letter's last signatory, a quoted CEO, one writer of three): still a setting.
    line_roles: str = "off"

    def __post_init__(self) -> None:
        # an unknown mode would reach the model's table as a key and fail there, page by page: refuse it at the start
        if self.line_roles not in LINE_ROLE_MODES:
            raise ValueError(f"line_roles must be one of {', '.join(LINE_ROLE_MODES)}, got {self.line_roles!r}")


@dataclass(frozen=True, slots=True)
class DedupConfig:
    level: str = "article"  # record kind to deduplicate; other kinds pass through
    threshold: float = 0.8  # exact Jaccard of word shingles at which two records are duplicates
    # Share of a record's 5-grams found verbatim in another that makes it derived_from it. 000 in 001: 0.595;
    # unrelated same-topic articles: 0.0; a rewrite keeping 2 of 7 tips verbatim: about 0.3.
    containment_threshold: float = 0.3
    shingle_size: int = 5  # words per shingle
    num_perm: int = 128
    # 20 x 6 puts the LSH S-curve's midpoint at 0.61 and finds 99.8% of pairs at exactly 0.8 (16 x 8: 94.7%;
    # MinHashLSH's own choice for 0.8, 9 x 13: 40%). More candidates cost little: each is verified exactly, and
    # on the bench 20 x 6 found every pair that 32 x 4 found, 16 x 8 missed 1% of them.
    bands: int = 20
    rows: int = 6
    seed: int = 1  # permutation seed: signatures are reproducible across runs and machines
    sample_every: int = 0  # containment samples shingles whose hash is 0 mod this; 0 = 8 for articles, 1 for tips
    min_shingles: int = 10  # a record needs this many shingles to be derived from another (no one-word "copies")
    max_bucket: int = 64  # pairs per LSH bucket are capped to neighbours within this distance (chain, not clique)
    keep_duplicates: bool = False  # emit duplicates flagged with duplicate_of instead of dropping them
    # Spun rewrites: the share of the smaller record's function-word skeleton 5-grams found in the other, plus the
    # share of its content words found in the other. Dedup set dev: hand-spun copies 0.46-0.90, unrelated pages on
    # the same topics at most 0.43 (two ezine issues of one template); the garden test's spun copy 1.1.
    spun_threshold: float = 0.45
    skeletons: bool = True  # look for spun rewrites at all (off: the stage as before issue 17, for the bench)
    # Words a record needs to be tested as a spun copy: a short text's few skeleton 5-grams are all stock
    # phrases ("a page header shares 40% of its skeleton with anything"); dev spun copies have 150-190 words.
    spun_min_words: int = 60
    skeleton_every: int = 0  # skeleton shingles sampled for candidates: hash 0 mod this; 0 = 4 articles, 1 tips
    index: str | None = None  # directory of a persistent index for incremental runs; none unless given

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"level must be one of {', '.join(LEVELS)}, got {self.level!r}")
        for name in ("threshold", "containment_threshold", "spun_threshold"):
            value = getattr(self, name)
            if not 0.0 < value <= (2.0 if name == "spun_threshold" else 1.0):
                raise ValueError(f"{name} must be in (0, 1], got {value}")
        if self.bands < 1 or self.rows < 1 or self.bands * self.rows > self.num_perm:
            raise ValueError(f"bands x rows ({self.bands} x {self.rows}) must be at least 1 and at most num_perm "
                             f"({self.num_perm}); e.g. 16 x 8 for 128 permutations")
        if not 1 <= self.shingle_size <= 8:
            raise ValueError(f"shingle_size must be 1..8 words, got {self.shingle_size}")
        if self.sample_every < 0 or self.skeleton_every < 0 or self.min_shingles < 1 or self.max_bucket < 1:
            raise ValueError("sample_every and skeleton_every must be >= 0, min_shingles and max_bucket >= 1")

    @property
    def every(self) -> int:
        """The containment sampling rate actually used (short tips need every shingle)."""
        return self.sample_every or (8 if self.level == "article" else 1)

    @property
    def skeleton_rate(self) -> int:
        """The skeleton sampling rate hashing uses; 0 when spun rewrites are not looked for."""
        if not self.skeletons:
            return 0
        return self.skeleton_every or (4 if self.level == "article" else 1)


@dataclass(frozen=True, slots=True)
class ReportConfig:
    sources: bool = True  # re-read each article's input file to show its changes before/after
    max_articles: int = 200  # articles shown in detail (texts are held only for these); summary and plots cover all
    context_words: int = 6  # words shown on each side of a change
    max_change_words: int = 12  # a longer change is a removed passage (boilerplate, another part), counted not shown
    max_hunks: int = 60  # changes shown per article
    max_diff_words: int = 50_000  # longer texts are not compared (word diff is quadratic in the worst case)
    max_findings: int = 5  # findings quoted per failing rule in the gate section
    max_skipped_lines: int = 20  # invalid records reported one stderr line each up to this many, then counted
    # Where relative source paths are found (the before/after view): None = the manifest's input root when it
    # records one, else the current directory (where `make clean-data` runs).
    source_root: str | None = None
    max_table_rows: int = 200  # rows of the licence and tip-cluster tables (grouped, so few in practice)
    max_filter_rows: int = 100  # rows the article filter lists at once (it counts every match)


@dataclass(frozen=True, slots=True)
class TipsConfig:
    """The tips stage's config (``pipeline.stages.tips``): which forms to look for and how much evidence each needs.
    Here, not in the stage, because importing the stage compiles its patterns, which `tipline --help` need not."""

    min_tips: int = 2  # one numbered line is not a list; an article with fewer tips yields none
    forms: tuple[str, ...] = TIP_FORMS  # forms to look for; leave one out to never emit it
    min_paragraph_tips: int = 3  # paragraph tips are the weakest evidence, so they need more points
    min_inline_run: int = 3  # numbers inside prose need a longer 1, 2, 3 run than numbers at line start
    min_headed_sections: int = 3  # one or two headings are an essay's sections, not a list of tips
    min_lead_in_items: int = 3  # a colon then two paragraphs is as often a quotation as a list without glyphs

    def __post_init__(self) -> None:
        unknown = [f for f in self.forms if f not in TIP_FORMS]
        if unknown or not self.forms:
            raise ValueError(f"unknown tip form(s) {', '.join(unknown) or '(none given)'}; "
                             f"choose from {', '.join(TIP_FORMS)}")
        for name in ("min_tips", "min_paragraph_tips", "min_inline_run", "min_headed_sections", "min_lead_in_items"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")
