-- The registry of one hub's namespaces (see RegistryTable): what the measures join models to, as `registry`.
-- Parameters: the hub.
SELECT namespace_key, namespace, organization, country, type
FROM hub_registry
WHERE hub = ?;
