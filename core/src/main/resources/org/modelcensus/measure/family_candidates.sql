-- The roots that can be among the largest families of the end snapshot, ranked in SQL so that only they reach the
-- caller: a family's downloads are its root's own (when the root is a model of the snapshot) plus its derivatives',
-- each split equally among its roots. The ranking here is in floating point, so it keeps every root within a
-- billionth of the top-th family's downloads (and, where that is 0, the first roots by id among those with none);
-- the caller ranks these exactly. Parameters: end snapshot id (four times), top, top.
WITH credit AS (
    SELECT c.root_id, c.root_count, CAST(sum(m.downloads) AS BIGINT) AS downloads
    FROM measured_downloads m
    JOIN model_observation o ON o.snapshot_id = ? AND o.model_id = m.model_id
    JOIN lineage_root c ON c.snapshot_id = ? AND c.model_id = m.model_id
    WHERE m.downloads IS NOT NULL
    GROUP BY c.root_id, c.root_count
),
roots AS (
    SELECT DISTINCT root_id, root_namespace FROM lineage_root WHERE snapshot_id = ?
),
in_end AS (
    SELECT model_id FROM model_observation WHERE snapshot_id = ?
),
own AS (
    SELECT
        x.root_id,
        x.root_namespace,
        e.model_id IS NOT NULL AS in_snapshot,
        coalesce(CASE WHEN e.model_id IS NOT NULL THEN m.downloads END, 0) AS downloads
    FROM roots x
    LEFT JOIN in_end e ON e.model_id = x.root_id
    LEFT JOIN measured_downloads m ON m.model_id = x.root_id
),
scored AS (
    SELECT c.root_id, max(o.downloads) + sum(CAST(c.downloads AS DOUBLE) / c.root_count) AS score
    FROM credit c
    JOIN own o ON o.root_id = c.root_id
    GROUP BY c.root_id
),
ranked AS (
    SELECT
        root_id,
        score,
        row_number() OVER (ORDER BY score DESC, root_id) AS position,
        count(*) OVER () AS families
    FROM scored
),
cutoff AS (
    SELECT coalesce(min(score), 0) AS score FROM ranked WHERE position <= ?
),
candidates AS (
    SELECT r.root_id, r.families
    FROM ranked r
    CROSS JOIN cutoff t
    WHERE r.position <= ? OR (t.score > 0 AND r.score >= t.score * 0.999999999)
)
SELECT
    k.root_id,
    o.root_namespace,
    o.in_snapshot,
    o.downloads AS root_downloads,
    c.root_count,
    c.downloads,
    k.families
FROM candidates k
JOIN own o ON o.root_id = k.root_id
JOIN credit c ON c.root_id = k.root_id
ORDER BY k.root_id, c.root_count
