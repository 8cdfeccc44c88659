-- data step (hand-written)
-- Step 3's ready-made gender choices used to be stored as the words the owner saw, in the
-- language they used; they are now stored as codes and translated where they are shown.
-- Each stored entry that is one of those choices in Spanish or English (any case, spaces
-- around) becomes its code; anything typed by hand stays as it is. A list that held the
-- same choice in both languages keeps it once, where it first appeared.
UPDATE "target_profiles" AS tp
SET "genders" = folded.genders
FROM (
  SELECT "project_id", array_agg(code ORDER BY first_at) AS genders
  FROM (
    SELECT "project_id", code, min(at) AS first_at
    FROM (
      SELECT t."project_id", u.at,
        CASE lower(btrim(u.entry))
          WHEN 'women' THEN 'women'
          WHEN 'mujeres' THEN 'women'
          WHEN 'men' THEN 'men'
          WHEN 'hombres' THEN 'men'
          WHEN 'nonbinary' THEN 'nonBinary'
          WHEN 'non-binary people' THEN 'nonBinary'
          WHEN 'personas no binarias' THEN 'nonBinary'
          WHEN 'allgenders' THEN 'allGenders'
          WHEN 'all genders' THEN 'allGenders'
          WHEN 'todos los géneros' THEN 'allGenders'
          ELSE u.entry
        END AS code
      FROM "target_profiles" AS t, unnest(t."genders") WITH ORDINALITY AS u(entry, at)
    ) AS mapped
    GROUP BY "project_id", code
  ) AS once
  GROUP BY "project_id"
) AS folded
WHERE tp."project_id" = folded."project_id"
  AND tp."genders" IS DISTINCT FROM folded.genders;
