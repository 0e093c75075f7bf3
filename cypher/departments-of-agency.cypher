// name: departments-of-agency
// description: Departments of an agency (by name or alias, case-insensitive), with their responsibilities
// param: agency string = "Ministry of Industry and Information Technology"
MATCH (agency:Agency)
WHERE toLower(agency.name) = toLower($agency)
   OR any(alias IN coalesce(agency.aliases, []) WHERE toLower(alias) = toLower($agency))
MATCH (agency)-[:HAS_DEPARTMENT]->(department:Department)
OPTIONAL MATCH (department)-[:HAS_RESPONSIBILITY]->(duty:Responsibility)
WITH agency, department, duty ORDER BY duty.name
WITH agency, department, collect(duty.name) AS responsibilities
RETURN agency.name AS agency,
       department.name AS department,
       size(responsibilities) AS responsibilityCount,
       responsibilities
ORDER BY department
