-- Private tables of one derivation: the declarations as parsed, then the graph's results by node number.
CREATE OR REPLACE TEMP TABLE lineage_declared (
    child_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    parent_ref VARCHAR NOT NULL,
    relation VARCHAR NOT NULL
);

CREATE OR REPLACE TEMP TABLE lineage_derived_node (
    node INTEGER NOT NULL,
    relation VARCHAR,
    depth INTEGER NOT NULL,
    roots INTEGER NOT NULL
);

CREATE OR REPLACE TEMP TABLE lineage_derived_edge (
    child INTEGER NOT NULL,
    position INTEGER NOT NULL,
    parent INTEGER NOT NULL,
    relation VARCHAR NOT NULL
);

CREATE OR REPLACE TEMP TABLE lineage_derived_broken (
    ordinal INTEGER NOT NULL,
    child INTEGER NOT NULL,
    parent INTEGER NOT NULL
);

CREATE OR REPLACE TEMP TABLE lineage_derived_root (
    node INTEGER NOT NULL,
    root INTEGER NOT NULL
);
