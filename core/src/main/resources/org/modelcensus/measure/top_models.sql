-- The models that carry one group's downloads: each measured model credited to the group (through its roots in
-- credited_root, else its own namespace), with the part of its downloads the group receives (roots_in_group of
-- root_count), its flags, relation and first root in the group, largest credit first. The group's registered
-- organisations are the session relation top_group; unregistered namespaces belong to it when the parameters say
-- so. Parameters: unregistered namespaces in the group?, only one unregistered namespace (lower case; '' for any),
-- the same, end snapshot id, only the models flagged by this rule ('' for all; 'repackaged', 'automated', 'stale',
-- 'spike' or an automated rule's name), the same (five times), limit.
WITH credited AS (
    SELECT
        m.model_id,
        m.downloads,
        m.created_at,
        coalesce(c.root_id, m.model_id) AS root_id,
        coalesce(c.root_count, 1) AS root_count,
        CASE
            WHEN r.namespace_key IS NULL
                THEN (? AND (? = '' OR lower(coalesce(c.root_namespace, m.namespace)) = ?))
            ELSE r.organization IN (SELECT organization FROM top_group)
        END AS in_group
    FROM measured_downloads m
    LEFT JOIN credited_root c ON c.model_id = m.model_id
    LEFT JOIN registry r ON r.namespace_key = lower(coalesce(c.root_namespace, m.namespace))
    WHERE m.downloads > 0
),
grouped AS (
    SELECT
        model_id,
        downloads,
        created_at,
        root_count,
        count(*) AS roots_in_group,
        min(root_id) AS root_id
    FROM credited
    WHERE in_group
    GROUP BY model_id, downloads, created_at, root_count
)
SELECT
    g.model_id,
    g.downloads,
    g.roots_in_group,
    g.root_count,
    g.created_at,
    g.root_id,
    n.relation,
    f.repackaged,
    f.automated,
    f.stale,
    s.excess
FROM grouped g
JOIN model_flag f ON f.model_id = g.model_id
LEFT JOIN lineage_node n ON n.snapshot_id = ? AND n.model_id = g.model_id
LEFT JOIN spike_cap s ON s.model_id = g.model_id
WHERE ? = ''
    OR (? = 'repackaged' AND f.repackaged)
    OR (? = 'automated' AND f.automated IS NOT NULL)
    OR (? = 'stale' AND f.stale)
    OR (? = 'spike' AND s.excess IS NOT NULL)
    OR f.automated = ?
ORDER BY g.downloads * g.roots_in_group / g.root_count DESC, g.model_id
LIMIT ?;
