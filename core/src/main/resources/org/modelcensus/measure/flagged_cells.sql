-- The cohort's measured downloads credited to their uploaders, as attributed_downloads.sql groups them, and further by
-- the flags the counting choices act on (model_flag): from these sums every choice that leaves models out, zeroes
-- stale counters or caps spikes is a sum of its own, without a query. downloads and capped (a spike counted as its
-- next-largest step) are summed as integers; models counts the rows with a count; decreased and before_data count
-- the notes' flags. Parameters: unregistered namespaces apart?
WITH credited AS (
    SELECT
        r.organization,
        r.country,
        r.type,
        CASE WHEN r.namespace_key IS NULL THEN (CASE WHEN ? THEN m.namespace ELSE '*' END) END AS unregistered_namespace,
        f.repackaged,
        f.automated IS NOT NULL AS automated,
        f.stale,
        m.downloads,
        CASE WHEN m.downloads IS NULL THEN NULL ELSE greatest(m.downloads - coalesce(c.excess, 0), 0) END AS capped,
        m.decreased,
        m.before_data
    FROM measured_cohort m
    JOIN model_flag f ON f.model_id = m.model_id
    LEFT JOIN spike_cap c ON c.model_id = m.model_id
    LEFT JOIN registry r ON r.namespace_key = lower(m.namespace)
)
SELECT
    organization,
    country,
    type,
    unregistered_namespace,
    repackaged,
    automated,
    stale,
    CAST(coalesce(sum(downloads), 0) AS BIGINT) AS downloads,
    CAST(coalesce(sum(capped), 0) AS BIGINT) AS capped,
    count(downloads) AS models,
    count(*) FILTER (WHERE decreased) AS decreased,
    count(*) FILTER (WHERE before_data) AS before_data
FROM credited
GROUP BY organization, country, type, unregistered_namespace, repackaged, automated, stale
ORDER BY organization, country, type, unregistered_namespace, repackaged, automated, stale;
