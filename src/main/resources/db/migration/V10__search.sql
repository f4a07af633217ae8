-- Search and discovery (issue 6): weighted full-text documents kept by triggers, trigram indexes for typo
-- tolerance on names, and an index behind every filter of GET /offerings and GET /organizations.
--
-- Documents (english configuration: stemming and stop words). Weights say how directly the text names the thing:
--   offering      A name | B its category names | C description | D parent category names, organization name,
--                                                                   names of the languages it is delivered in
--   organization  A name | B categories of its active offerings, communities served | C description, active
--                 offering names | D active offering descriptions, names of staff and offering languages
-- Triggers keep both current when an offering, its categories, its organization, or a category name changes.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- English names of the ISO 639 codes the API accepts (org.partnermatch.vocabulary.Languages), so that "somali"
-- finds offerings delivered in Somali. LanguageNamesTest keeps the two lists equal.
CREATE TABLE language_name (
    code VARCHAR(3)  PRIMARY KEY,
    name VARCHAR(60) NOT NULL
);
INSERT INTO language_name (code, name) VALUES
 ('aa', 'Afar'), ('aar', 'Afar'), ('ab', 'Abkhazian'), ('abk', 'Abkhazian'), ('ae', 'Avestan'), ('af', 'Afrikaans'),
 ('afr', 'Afrikaans'), ('ak', 'Akan'), ('aka', 'Akan'), ('am', 'Amharic'), ('amh', 'Amharic'), ('an', 'Aragonese'),
 ('ar', 'Arabic'), ('ara', 'Arabic'), ('arg', 'Aragonese'), ('as', 'Assamese'), ('ase', 'American Sign Language'),
 ('asm', 'Assamese'), ('av', 'Avaric'), ('ava', 'Avaric'), ('ave', 'Avestan'), ('ay', 'Aymara'), ('aym', 'Aymara'),
 ('az', 'Azerbaijani'), ('aze', 'Azerbaijani'), ('ba', 'Bashkir'), ('bak', 'Bashkir'), ('bam', 'Bambara'),
 ('be', 'Belarusian'), ('bel', 'Belarusian'), ('ben', 'Bangla'), ('bg', 'Bulgarian'), ('bh', 'Bihari'),
 ('bi', 'Bislama'), ('bih', 'Bihari'), ('bis', 'Bislama'), ('bm', 'Bambara'), ('bn', 'Bangla'), ('bo', 'Tibetan'),
 ('bod', 'Tibetan'), ('bos', 'Bosnian'), ('br', 'Breton'), ('bre', 'Breton'), ('bs', 'Bosnian'), ('bul', 'Bulgarian'),
 ('ca', 'Catalan'), ('cat', 'Catalan'), ('ce', 'Chechen'), ('ces', 'Czech'), ('ch', 'Chamorro'), ('cha', 'Chamorro'),
 ('che', 'Chechen'), ('chk', 'Chuukese'), ('chu', 'Church Slavic'), ('chv', 'Chuvash'), ('cmn', 'Mandarin'),
 ('co', 'Corsican'), ('cor', 'Cornish'), ('cos', 'Corsican'), ('cr', 'Cree'), ('cre', 'Cree'), ('cs', 'Czech'),
 ('cu', 'Church Slavic'), ('cv', 'Chuvash'), ('cy', 'Welsh'), ('cym', 'Welsh'), ('da', 'Danish'), ('dan', 'Danish'),
 ('de', 'German'), ('deu', 'German'), ('div', 'Divehi'), ('dv', 'Divehi'), ('dz', 'Dzongkha'), ('dzo', 'Dzongkha'),
 ('ee', 'Ewe'), ('el', 'Greek'), ('ell', 'Greek'), ('en', 'English'), ('eng', 'English'), ('eo', 'Esperanto'),
 ('epo', 'Esperanto'), ('es', 'Spanish'), ('est', 'Estonian'), ('et', 'Estonian'), ('eu', 'Basque'),
 ('eus', 'Basque'), ('ewe', 'Ewe'), ('fa', 'Persian'), ('fao', 'Faroese'), ('fas', 'Persian'), ('ff', 'Fulah'),
 ('fi', 'Finnish'), ('fij', 'Fijian'), ('fil', 'Filipino'), ('fin', 'Finnish'), ('fj', 'Fijian'), ('fo', 'Faroese'),
 ('fr', 'French'), ('fra', 'French'), ('fry', 'Western Frisian'), ('ful', 'Fulah'), ('fy', 'Western Frisian'),
 ('ga', 'Irish'), ('gd', 'Scottish Gaelic'), ('gl', 'Galician'), ('gla', 'Scottish Gaelic'), ('gle', 'Irish'),
 ('glg', 'Galician'), ('glv', 'Manx'), ('gn', 'Guarani'), ('grn', 'Guarani'), ('gu', 'Gujarati'), ('guj', 'Gujarati'),
 ('gv', 'Manx'), ('ha', 'Hausa'), ('hat', 'Haitian Creole'), ('hau', 'Hausa'), ('haw', 'Hawaiian'), ('he', 'Hebrew'),
 ('heb', 'Hebrew'), ('her', 'Herero'), ('hi', 'Hindi'), ('hin', 'Hindi'), ('hmn', 'Hmong'), ('hmo', 'Hiri Motu'),
 ('ho', 'Hiri Motu'), ('hr', 'Croatian'), ('hrv', 'Croatian'), ('ht', 'Haitian Creole'), ('hu', 'Hungarian'),
 ('hun', 'Hungarian'), ('hy', 'Armenian'), ('hye', 'Armenian'), ('hz', 'Herero'), ('ia', 'Interlingua'),
 ('ibo', 'Igbo'), ('id', 'Indonesian'), ('ido', 'Ido'), ('ie', 'Interlingue'), ('ig', 'Igbo'), ('ii', 'Sichuan Yi'),
 ('iii', 'Sichuan Yi'), ('ik', 'Inupiaq'), ('iku', 'Inuktitut'), ('ile', 'Interlingue'), ('in', 'Indonesian'),
 ('ina', 'Interlingua'), ('ind', 'Indonesian'), ('io', 'Ido'), ('ipk', 'Inupiaq'), ('is', 'Icelandic'),
 ('isl', 'Icelandic'), ('it', 'Italian'), ('ita', 'Italian'), ('iu', 'Inuktitut'), ('iw', 'Hebrew'),
 ('ja', 'Japanese'), ('jav', 'Javanese'), ('ji', 'Yiddish'), ('jpn', 'Japanese'), ('jv', 'Javanese'),
 ('ka', 'Georgian'), ('kal', 'Kalaallisut'), ('kan', 'Kannada'), ('kar', 'Karen'), ('kas', 'Kashmiri'),
 ('kat', 'Georgian'), ('kau', 'Kanuri'), ('kaz', 'Kazakh'), ('kg', 'Kongo'), ('khm', 'Khmer'), ('ki', 'Kikuyu'),
 ('kik', 'Kikuyu'), ('kin', 'Kinyarwanda'), ('kir', 'Kyrgyz'), ('kj', 'Kuanyama'), ('kk', 'Kazakh'),
 ('kl', 'Kalaallisut'), ('km', 'Khmer'), ('kn', 'Kannada'), ('ko', 'Korean'), ('kom', 'Komi'), ('kon', 'Kongo'),
 ('kor', 'Korean'), ('kr', 'Kanuri'), ('ks', 'Kashmiri'), ('ku', 'Kurdish'), ('kua', 'Kuanyama'), ('kur', 'Kurdish'),
 ('kv', 'Komi'), ('kw', 'Cornish'), ('ky', 'Kyrgyz'), ('la', 'Latin'), ('lao', 'Lao'), ('lat', 'Latin'),
 ('lav', 'Latvian'), ('lb', 'Luxembourgish'), ('lg', 'Ganda'), ('li', 'Limburgish'), ('lim', 'Limburgish'),
 ('lin', 'Lingala'), ('lit', 'Lithuanian'), ('ln', 'Lingala'), ('lo', 'Lao'), ('lt', 'Lithuanian'),
 ('ltz', 'Luxembourgish'), ('lu', 'Luba-Katanga'), ('lub', 'Luba-Katanga'), ('lug', 'Ganda'), ('lus', 'Mizo'),
 ('lv', 'Latvian'), ('mah', 'Marshallese'), ('mal', 'Malayalam'), ('mam', 'Mam'), ('mar', 'Marathi'),
 ('mg', 'Malagasy'), ('mh', 'Marshallese'), ('mi', 'Maori'), ('mk', 'Macedonian'), ('mkd', 'Macedonian'),
 ('ml', 'Malayalam'), ('mlg', 'Malagasy'), ('mlt', 'Maltese'), ('mn', 'Mongolian'), ('mo', 'Moldavian'),
 ('mol', 'Moldavian'), ('mon', 'Mongolian'), ('mr', 'Marathi'), ('mri', 'Maori'), ('ms', 'Malay'), ('msa', 'Malay'),
 ('mt', 'Maltese'), ('my', 'Burmese'), ('mya', 'Burmese'), ('na', 'Nauru'), ('nau', 'Nauru'), ('nav', 'Navajo'),
 ('nb', 'Norwegian Bokmål'), ('nbl', 'South Ndebele'), ('nd', 'North Ndebele'), ('nde', 'North Ndebele'),
 ('ndo', 'Ndonga'), ('ne', 'Nepali'), ('nep', 'Nepali'), ('ng', 'Ndonga'), ('nl', 'Dutch'), ('nld', 'Dutch'),
 ('nn', 'Norwegian Nynorsk'), ('nno', 'Norwegian Nynorsk'), ('no', 'Norwegian'), ('nob', 'Norwegian Bokmål'),
 ('nor', 'Norwegian'), ('nr', 'South Ndebele'), ('nv', 'Navajo'), ('ny', 'Nyanja'), ('nya', 'Nyanja'),
 ('oc', 'Occitan'), ('oci', 'Occitan'), ('oj', 'Ojibwa'), ('oji', 'Ojibwa'), ('om', 'Oromo'), ('or', 'Odia'),
 ('ori', 'Odia'), ('orm', 'Oromo'), ('os', 'Ossetic'), ('oss', 'Ossetic'), ('pa', 'Punjabi'), ('pan', 'Punjabi'),
 ('pi', 'Pali'), ('pl', 'Polish'), ('pli', 'Pali'), ('pol', 'Polish'), ('por', 'Portuguese'), ('ps', 'Pashto'),
 ('pt', 'Portuguese'), ('pus', 'Pashto'), ('qu', 'Quechua'), ('que', 'Quechua'), ('rm', 'Romansh'), ('rn', 'Rundi'),
 ('ro', 'Romanian'), ('roh', 'Romansh'), ('ron', 'Romanian'), ('ru', 'Russian'), ('run', 'Rundi'), ('rus', 'Russian'),
 ('rw', 'Kinyarwanda'), ('sa', 'Sanskrit'), ('sag', 'Sango'), ('san', 'Sanskrit'), ('sc', 'Sardinian'),
 ('sd', 'Sindhi'), ('se', 'Northern Sami'), ('sg', 'Sango'), ('sgn', 'Sign language'), ('si', 'Sinhala'),
 ('sin', 'Sinhala'), ('sk', 'Slovak'), ('sl', 'Slovenian'), ('slk', 'Slovak'), ('slv', 'Slovenian'), ('sm', 'Samoan'),
 ('sme', 'Northern Sami'), ('smo', 'Samoan'), ('sn', 'Shona'), ('sna', 'Shona'), ('snd', 'Sindhi'), ('so', 'Somali'),
 ('som', 'Somali'), ('sot', 'Southern Sotho'), ('spa', 'Spanish'), ('sq', 'Albanian'), ('sqi', 'Albanian'),
 ('sr', 'Serbian'), ('srd', 'Sardinian'), ('srp', 'Serbian'), ('ss', 'Swati'), ('ssw', 'Swati'),
 ('st', 'Southern Sotho'), ('su', 'Sundanese'), ('sun', 'Sundanese'), ('sv', 'Swedish'), ('sw', 'Swahili'),
 ('swa', 'Swahili'), ('swe', 'Swedish'), ('ta', 'Tamil'), ('tah', 'Tahitian'), ('tam', 'Tamil'), ('tat', 'Tatar'),
 ('te', 'Telugu'), ('tel', 'Telugu'), ('tg', 'Tajik'), ('tgk', 'Tajik'), ('tgl', 'Tagalog'), ('th', 'Thai'),
 ('tha', 'Thai'), ('ti', 'Tigrinya'), ('tir', 'Tigrinya'), ('tk', 'Turkmen'), ('tl', 'Tagalog'), ('tn', 'Tswana'),
 ('to', 'Tongan'), ('ton', 'Tongan'), ('tr', 'Turkish'), ('ts', 'Tsonga'), ('tsn', 'Tswana'), ('tso', 'Tsonga'),
 ('tt', 'Tatar'), ('tuk', 'Turkmen'), ('tur', 'Turkish'), ('tw', 'Twi'), ('twi', 'Twi'), ('ty', 'Tahitian'),
 ('ug', 'Uyghur'), ('uig', 'Uyghur'), ('uk', 'Ukrainian'), ('ukr', 'Ukrainian'), ('ur', 'Urdu'), ('urd', 'Urdu'),
 ('uz', 'Uzbek'), ('uzb', 'Uzbek'), ('ve', 'Venda'), ('ven', 'Venda'), ('vi', 'Vietnamese'), ('vie', 'Vietnamese'),
 ('vo', 'Volapük'), ('vol', 'Volapük'), ('wa', 'Walloon'), ('wln', 'Walloon'), ('wo', 'Wolof'), ('wol', 'Wolof'),
 ('xh', 'Xhosa'), ('xho', 'Xhosa'), ('yi', 'Yiddish'), ('yid', 'Yiddish'), ('yo', 'Yoruba'), ('yor', 'Yoruba'),
 ('yue', 'Cantonese'), ('za', 'Zhuang'), ('zh', 'Chinese'), ('zha', 'Zhuang'), ('zho', 'Chinese'), ('zu', 'Zulu'),
 ('zul', 'Zulu');

CREATE FUNCTION search_language_names(codes VARCHAR[]) RETURNS TEXT
    LANGUAGE sql STABLE AS
$$ SELECT coalesce(string_agg(DISTINCT l.name, ', '), '') FROM language_name l WHERE l.code = ANY (codes) $$;

-- Lower-cased elements, for case-insensitive array filters (communities served) with a GIN index.
CREATE FUNCTION search_lower(items VARCHAR[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT coalesce(array_agg(lower(i)), '{}') FROM unnest(items) i $$;

-- Great-circle distance in km (haversine, mean Earth radius 6371 km): the same rule matching uses.
CREATE FUNCTION search_distance_km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION,
                                   lat2 DOUBLE PRECISION, lon2 DOUBLE PRECISION) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT 2 * 6371 * asin(least(1, sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))) $$;

-- A box (x = longitude, y = latitude) holding every point within radius_km of (lat, lon): indexable with GiST,
-- so radius searches and "serves this school" narrow candidates by index before the exact haversine test.
CREATE FUNCTION search_box(lat DOUBLE PRECISION, lon DOUBLE PRECISION, radius_km DOUBLE PRECISION) RETURNS BOX
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT box(point(greatest(-180, lon - d_lon), greatest(-90, lat - d_lat)),
              point(least(180, lon + d_lon), least(90, lat + d_lat)))
     FROM (SELECT radius_km / 111.19 AS d_lat,
                  radius_km / (111.19 * greatest(0.01, cos(radians(least(89.9, abs(lat) + radius_km / 111.19))))) AS d_lon) d $$;

-- ------------------------------------------------------------------------------------------- documents
ALTER TABLE offering ADD COLUMN search_document TSVECTOR NOT NULL DEFAULT ''::tsvector;
ALTER TABLE organization ADD COLUMN search_document TSVECTOR NOT NULL DEFAULT ''::tsvector;

-- How the pieces of an offering weigh (see the top of this file).
CREATE FUNCTION offering_document(name TEXT, description TEXT, categories TEXT, parent_categories TEXT,
                                  organization TEXT, languages TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT setweight(to_tsvector('english', coalesce(name, '')), 'A')
       || setweight(to_tsvector('english', coalesce(categories, '')), 'B')
       || setweight(to_tsvector('english', coalesce(description, '')), 'C')
       || setweight(to_tsvector('english', concat_ws(' ', parent_categories, organization, languages)), 'D') $$;

-- How the pieces of an organization weigh (see the top of this file).
CREATE FUNCTION organization_document(name TEXT, description TEXT, communities TEXT, categories TEXT,
                                      offering_names TEXT, offering_descriptions TEXT, languages TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT setweight(to_tsvector('english', coalesce(name, '')), 'A')
       || setweight(to_tsvector('english', concat_ws(' ', categories, communities)), 'B')
       || setweight(to_tsvector('english', concat_ws(' ', description, offering_names)), 'C')
       || setweight(to_tsvector('english', concat_ws(' ', offering_descriptions, languages)), 'D') $$;

-- Recomputes the documents of these offerings in one statement (set-based: bulk loads stay linear).
CREATE FUNCTION search_refresh_offerings(ids UUID[]) RETURNS VOID
    LANGUAGE sql AS
$$ UPDATE offering o SET search_document = offering_document(o.name, o.description,
        (SELECT string_agg(k.name, ' ') FROM offering_category c JOIN category k ON k.code = c.category_code
          WHERE c.offering_id = o.id),
        (SELECT string_agg(DISTINCT p.name, ' ') FROM offering_category c JOIN category k ON k.code = c.category_code
           JOIN category p ON p.code = k.parent_code WHERE c.offering_id = o.id),
        (SELECT g.name FROM organization g WHERE g.id = o.organization_id),
        search_language_names(o.languages))
    WHERE o.id = ANY (ids) $$;

-- Recomputes the documents of these organizations: their own text and their active offerings'.
CREATE FUNCTION search_refresh_organizations(ids UUID[]) RETURNS VOID
    LANGUAGE sql AS
$$ UPDATE organization g SET search_document = organization_document(g.name, g.description,
        array_to_string(g.communities_served, ' '),
        -- (OFFSET 0 keeps the per-offering lookup by index even when statistics lag behind a bulk load)
        (SELECT string_agg(DISTINCT k.name, ' ') FROM offering o
           CROSS JOIN LATERAL (SELECT c.category_code FROM offering_category c WHERE c.offering_id = o.id OFFSET 0) c
           JOIN category k ON k.code = c.category_code WHERE o.organization_id = g.id AND o.active),
        (SELECT string_agg(o.name, ' ') FROM offering o WHERE o.organization_id = g.id AND o.active),
        (SELECT string_agg(o.description, ' ') FROM offering o WHERE o.organization_id = g.id AND o.active),
        search_language_names(g.staff_languages || coalesce((SELECT array_agg(DISTINCT l) FROM offering o,
            unnest(o.languages) l WHERE o.organization_id = g.id AND o.active), '{}')))
    WHERE g.id = ANY (ids) $$;

-- Statement-level triggers with transition tables: one refresh per statement, however many rows it touched. A
-- refresh only sets search_document, so the triggers it fires in turn find no text changed and stop there.
CREATE FUNCTION search_offerings_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$ DECLARE
    offerings UUID[];
    organizations UUID[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        offerings := ARRAY(SELECT id FROM new_rows);
        organizations := ARRAY(SELECT DISTINCT organization_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        organizations := ARRAY(SELECT DISTINCT organization_id FROM old_rows);
    ELSE
        offerings := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.name, n.description, n.languages, n.organization_id)
                  IS DISTINCT FROM (o.name, o.description, o.languages, o.organization_id));
        -- an organization's document holds its active offerings' text
        organizations := ARRAY(SELECT n.organization_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.name, n.description, n.languages, n.organization_id, n.active)
                  IS DISTINCT FROM (o.name, o.description, o.languages, o.organization_id, o.active)
            UNION SELECT o.organization_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.organization_id <> o.organization_id);
    END IF;
    IF cardinality(offerings) > 0 THEN
        PERFORM search_refresh_offerings(offerings);
    END IF;
    IF cardinality(organizations) > 0 THEN
        PERFORM search_refresh_organizations(organizations);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER offering_inserted_search AFTER INSERT ON offering REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offerings_changed();
CREATE TRIGGER offering_updated_search AFTER UPDATE ON offering REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offerings_changed();
CREATE TRIGGER offering_deleted_search AFTER DELETE ON offering REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offerings_changed();

-- An offering's categories arrive after the offering row and change on their own.
CREATE FUNCTION search_offering_categories_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$ DECLARE
    offerings UUID[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        offerings := ARRAY(SELECT DISTINCT offering_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        offerings := ARRAY(SELECT DISTINCT offering_id FROM old_rows);
    ELSE
        offerings := ARRAY(SELECT offering_id FROM new_rows UNION SELECT offering_id FROM old_rows);
    END IF;
    PERFORM search_refresh_offerings(offerings);
    PERFORM search_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM offering WHERE id = ANY (offerings)));
    RETURN NULL;
END $$;

CREATE TRIGGER offering_category_inserted_search AFTER INSERT ON offering_category REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offering_categories_changed();
CREATE TRIGGER offering_category_updated_search AFTER UPDATE ON offering_category
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offering_categories_changed();
CREATE TRIGGER offering_category_deleted_search AFTER DELETE ON offering_category REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_offering_categories_changed();

-- An organization's own text; a new name also shows in its offerings' documents.
CREATE FUNCTION search_organizations_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$ DECLARE
    organizations UUID[];
    renamed UUID[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        organizations := ARRAY(SELECT id FROM new_rows);
    ELSE
        organizations := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.name, n.description, n.communities_served, n.staff_languages)
                  IS DISTINCT FROM (o.name, o.description, o.communities_served, o.staff_languages));
        renamed := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name <> o.name);
    END IF;
    IF cardinality(organizations) > 0 THEN
        PERFORM search_refresh_organizations(organizations);
    END IF;
    IF cardinality(renamed) > 0 THEN
        PERFORM search_refresh_offerings(ARRAY(SELECT id FROM offering WHERE organization_id = ANY (renamed)));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER organization_inserted_search AFTER INSERT ON organization REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_organizations_changed();
CREATE TRIGGER organization_updated_search AFTER UPDATE ON organization
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION search_organizations_changed();

-- A renamed or re-parented category: the offerings filed under it or under its children, and their organizations.
CREATE FUNCTION search_category_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$ DECLARE
    offerings UUID[];
BEGIN
    offerings := ARRAY(SELECT DISTINCT c.offering_id FROM offering_category c JOIN category k ON k.code = c.category_code
                        WHERE k.code = NEW.code OR k.parent_code = NEW.code);
    PERFORM search_refresh_offerings(offerings);
    PERFORM search_refresh_organizations(ARRAY(SELECT DISTINCT organization_id FROM offering WHERE id = ANY (offerings)));
    RETURN NULL;
END $$;

CREATE TRIGGER category_renamed_search AFTER UPDATE OF name, parent_code ON category
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.parent_code IS DISTINCT FROM NEW.parent_code)
    EXECUTE FUNCTION search_category_changed();

-- Fill the documents of the rows already there.
SELECT search_refresh_offerings(ARRAY(SELECT id FROM offering));
SELECT search_refresh_organizations(ARRAY(SELECT id FROM organization));

-- ------------------------------------------------------------------------ an index behind every filter
-- text
CREATE INDEX offering_search_idx ON offering USING GIN (search_document);
CREATE INDEX organization_search_idx ON organization USING GIN (search_document);
-- typo tolerance on names
CREATE INDEX offering_name_trgm_idx ON offering USING GIN (name gin_trgm_ops);
CREATE INDEX organization_name_trgm_idx ON organization USING GIN (name gin_trgm_ops);
-- grade: the offering's range covers the grade (replaces the two-column btree, which only bounds grade_low)
CREATE INDEX offering_grade_range_idx ON offering USING GIST (int4range(grade_low, grade_high, '[]'));
DROP INDEX offering_grades_idx;
-- modality (language, timing, cost, active, organization and category already have theirs, see V1)
CREATE INDEX offering_modality_idx ON offering (modality);
-- organization facets: region, communities served (case-insensitive); vetting, languages, leadership are in V1
CREATE INDEX organization_service_regions_idx ON organization USING GIN (service_regions);
CREATE INDEX organization_communities_idx ON organization USING GIN (search_lower(communities_served));
-- location: near=lat,lon&radiusKm (the organization's point in a box), and schoolId (the school's point in the
-- organization's service box)
CREATE INDEX organization_location_idx ON organization USING GIST (point(longitude, latitude));
CREATE INDEX organization_service_box_idx ON organization
    USING GIST (search_box(latitude, longitude, service_radius_km::DOUBLE PRECISION));
-- sort=updated
CREATE INDEX offering_updated_idx ON offering (updated_at DESC, id);
CREATE INDEX organization_updated_idx ON organization (updated_at DESC, id);
