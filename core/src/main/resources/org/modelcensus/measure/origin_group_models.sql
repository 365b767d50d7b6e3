-- In the origin view, the models with several roots counted in each group a share table can report: such a model
-- counts once in each group it reaches, however many of its roots fall in that group (a model with one root is in one
-- row of origin_downloads.sql, so its count comes from there). One row per grouping (country, organization, type),
-- treatment of unregistered namespaces (REPORT: one UNKNOWN group; INTL: as unaffiliated developers) and group key.
-- Countries count as the region grouping has them (region_group). Parameters: region grouping, the UNKNOWN key (three
-- times), the INTL country code, the community type code.
WITH credited AS (
    SELECT DISTINCT
        m.model_id,
        r.organization,
        coalesce(g.counted_as, r.country) AS country,
        r.type,
        CASE WHEN r.namespace_key IS NULL THEN c.root_namespace END AS unregistered_namespace
    FROM measured_downloads m
    JOIN credited_root c ON c.model_id = m.model_id
    LEFT JOIN registry r ON r.namespace_key = lower(c.root_namespace)
    LEFT JOIN region_group g ON g.grouping = ? AND g.country = r.country
    WHERE m.downloads IS NOT NULL AND c.root_count > 1
),
keyed AS (
    SELECT model_id, 'COUNTRY' AS grouping, 'REPORT' AS unknown, coalesce(country, CAST(? AS STRING)) AS group_key
    FROM credited
    UNION ALL
    SELECT model_id, 'ORGANIZATION', 'REPORT', coalesce(organization, CAST(? AS STRING)) FROM credited
    UNION ALL
    SELECT model_id, 'TYPE', 'REPORT', coalesce(type, CAST(? AS STRING)) FROM credited
    UNION ALL
    SELECT model_id, 'COUNTRY', 'INTL', coalesce(country, CAST(? AS STRING)) FROM credited
    UNION ALL
    SELECT model_id, 'ORGANIZATION', 'INTL', coalesce(organization, unregistered_namespace) FROM credited
    UNION ALL
    SELECT model_id, 'TYPE', 'INTL', coalesce(type, CAST(? AS STRING)) FROM credited
)
SELECT grouping, unknown, group_key, count(DISTINCT model_id) AS models
FROM keyed
GROUP BY grouping, unknown, group_key
ORDER BY grouping, unknown, group_key;
