-- PartnerMatch demo directory: Seattle school-community partnerships.
--
-- ILLUSTRATIVE DATA. Equity figures (Title I, free/reduced lunch %, English-learner %, home languages, quality
-- rank), enrollments, needs and capacities are illustrative, not official data of Seattle Public Schools or of
-- any organization. School and organization names are real where noted, addresses and coordinates approximate.
-- Organizations marked "illustrative" below are invented or generalized examples. Contact names are roles,
-- emails use example.org and phone numbers the fictional 555-01xx range, so no real inbox or line is reached.
-- Websites are the organizations' public sites where known.
--
-- Loaded once per database by the demo loader (one transaction, plain statements only, no semicolons inside
-- literals or comments so a simple statement splitter works). Ids are deterministic so docs and tests can use them:
--   schools        5c000000-0000-4000-8000-0000000000NN   (01 Aki Kurose MS, 02 Rising Star ES, 03 Madrona ES,
--                                                          04 Bailey Gatzert ES, 05 Middle College HS, ...)
--   organizations  0a000000-0000-4000-8000-0000000000NN   (01 CISC, 02 City Year, 03 Communities In Schools,
--                                                          04 Madrona FRC, 05 Operation School Bell,
--                                                          06 Totem Star Records, 07 WestSide Baby, ...)
--   regions        7e000000-0000-4000-8000-0000000000NN   (01 Central ... 06 Southwest, alphabetical)
--   offerings      0f000000-0000-4000-8000-000000000NNN
--   needs          0e000000-0000-4000-8000-000000000NNN
-- Grades: PK = -1, K = 0 ... 12, AE (adult education, parents) = 13. Languages are ISO 639 codes. Categories are the V2 taxonomy codes.

-- ============================================================ regions
-- The district's regions (the vocabulary schools and organizations pick from), with the ZIP codes of the demo
-- schools that lie wholly in one region. 98108 and 98125 are left out: demo schools in each lie in two regions.
INSERT INTO region (id, name) VALUES
 ('7e000000-0000-4000-8000-000000000001', 'Central'),
 ('7e000000-0000-4000-8000-000000000002', 'North'),
 ('7e000000-0000-4000-8000-000000000003', 'Northeast'),
 ('7e000000-0000-4000-8000-000000000004', 'Northwest'),
 ('7e000000-0000-4000-8000-000000000005', 'Southeast'),
 ('7e000000-0000-4000-8000-000000000006', 'Southwest');

INSERT INTO region_zip_code (postal_code, region_id) VALUES
 ('98122', '7e000000-0000-4000-8000-000000000001'),
 ('98133', '7e000000-0000-4000-8000-000000000002'),
 ('98105', '7e000000-0000-4000-8000-000000000003'),
 ('98103', '7e000000-0000-4000-8000-000000000004'),
 ('98117', '7e000000-0000-4000-8000-000000000004'),
 ('98118', '7e000000-0000-4000-8000-000000000005'),
 ('98126', '7e000000-0000-4000-8000-000000000006');

-- ============================================================ schools
INSERT INTO school (id, name, grade_low, grade_high, street, city, state, postal_code, latitude, longitude, region,
                    enrollment, title_i, frl_percent, ell_percent, home_languages, quality_rank, version) VALUES
 ('5c000000-0000-4000-8000-000000000001', 'Aki Kurose Middle School', 6, 8, '3928 S Graham St', 'Seattle', 'WA', '98118', 47.5466, -122.2838, 'Southeast',
  760, TRUE, 79.50, 31.00, '{so,es,vi,am,ti}', 1, 0),
 ('5c000000-0000-4000-8000-000000000002', 'Rising Star Elementary', 0, 5, '6725 45th Ave S', 'Seattle', 'WA', '98118', 47.5411, -122.276, 'Southeast',
  420, TRUE, 85.00, 44.00, '{am,ti,so,es,vi}', 1, 0),
 ('5c000000-0000-4000-8000-000000000003', 'Madrona Elementary', -1, 5, '1121 33rd Ave', 'Seattle', 'WA', '98122', 47.6122, -122.2905, 'Central',
  290, TRUE, 63.00, 16.50, '{so,am,es,ti}', 2, 0),
 ('5c000000-0000-4000-8000-000000000004', 'Bailey Gatzert Elementary', 0, 5, '1301 E Yesler Way', 'Seattle', 'WA', '98122', 47.6016, -122.3147, 'Central',
  310, TRUE, 89.00, 41.00, '{so,vi,yue,zh,am,es}', 1, 0),
 ('5c000000-0000-4000-8000-000000000005', 'Middle College High School', 9, 12, '1701 Broadway', 'Seattle', 'WA', '98122', 47.6166, -122.3214, 'Central',
  140, TRUE, 71.00, 14.00, '{es,so,am,vi}', 2, 0),
 ('5c000000-0000-4000-8000-000000000006', 'Rainier Beach High School', 9, 12, '8815 Seward Park Ave S', 'Seattle', 'WA', '98118', 47.5243, -122.2703, 'Southeast',
  690, TRUE, 81.00, 24.00, '{so,vi,es,am,tl}', 1, 0),
 ('5c000000-0000-4000-8000-000000000007', 'Dearborn Park International Elementary', 0, 5, '2820 S Orcas St', 'Seattle', 'WA', '98108', 47.5513, -122.295, 'Southeast',
  410, TRUE, 76.00, 39.00, '{zh,yue,vi,es,so}', 2, 0),
 ('5c000000-0000-4000-8000-000000000008', 'Emerson Elementary', 0, 5, '9709 60th Ave S', 'Seattle', 'WA', '98118', 47.5135, -122.262, 'Southeast',
  360, TRUE, 87.00, 42.00, '{so,es,vi,am,om}', 1, 0),
 ('5c000000-0000-4000-8000-000000000009', 'Van Asselt Elementary', 0, 5, '7201 Beacon Ave S', 'Seattle', 'WA', '98108', 47.5385, -122.2866, 'Southeast',
  470, TRUE, 82.00, 43.00, '{vi,zh,yue,so,es,km}', 1, 0),
 ('5c000000-0000-4000-8000-00000000000a', 'Mercer International Middle School', 6, 8, '1600 S Columbian Way', 'Seattle', 'WA', '98108', 47.5545, -122.3125, 'Southeast',
  930, TRUE, 64.00, 19.00, '{zh,vi,es,tl,so}', 2, 0),
 ('5c000000-0000-4000-8000-00000000000b', 'Denny International Middle School', 6, 8, '2601 SW Kenyon St', 'Seattle', 'WA', '98126', 47.529, -122.3677, 'Southwest',
  880, TRUE, 69.00, 23.00, '{es,vi,so,km}', 2, 0),
 ('5c000000-0000-4000-8000-00000000000c', 'Chief Sealth International High School', 9, 12, '2600 SW Thistle St', 'Seattle', 'WA', '98126', 47.5275, -122.3668, 'Southwest',
  1120, TRUE, 61.00, 18.00, '{es,vi,so,km,tl}', 2, 0),
 ('5c000000-0000-4000-8000-00000000000d', 'Roxhill Elementary', 0, 5, '7740 34th Ave SW', 'Seattle', 'WA', '98126', 47.5316, -122.376, 'Southwest',
  320, TRUE, 83.00, 36.00, '{es,so,vi}', 1, 0),
 ('5c000000-0000-4000-8000-00000000000e', 'Concord International Elementary', 0, 5, '723 S Concord St', 'Seattle', 'WA', '98108', 47.5277, -122.3204, 'Southwest',
  330, TRUE, 86.00, 45.00, '{es,vi,so}', 1, 0),
 ('5c000000-0000-4000-8000-00000000000f', 'South Shore PK-8', -1, 8, '4800 S Henderson St', 'Seattle', 'WA', '98118', 47.5232, -122.2734, 'Southeast',
  590, TRUE, 75.00, 21.00, '{so,am,es,vi,ti}', 2, 0),
 ('5c000000-0000-4000-8000-000000000010', 'Olympic Hills Elementary', -1, 5, '13018 20th Ave NE', 'Seattle', 'WA', '98125', 47.7237, -122.3067, 'Northeast',
  470, TRUE, 66.00, 33.00, '{es,so,am,ti,vi}', 2, 0),
 ('5c000000-0000-4000-8000-000000000011', 'Northgate Elementary', 0, 5, '11725 1st Ave NE', 'Seattle', 'WA', '98125', 47.7151, -122.3275, 'North',
  250, TRUE, 73.00, 36.00, '{es,so,am,vi,ar}', 2, 0),
 ('5c000000-0000-4000-8000-000000000012', 'Garfield High School', 9, 12, '400 23rd Ave', 'Seattle', 'WA', '98122', 47.6053, -122.3015, 'Central',
  1620, FALSE, 31.00, 5.50, '{so,am,es,vi}', 3, 0),
 ('5c000000-0000-4000-8000-000000000013', 'Wing Luke Elementary', 0, 5, '3701 S Kenyon St', 'Seattle', 'WA', '98118', 47.5226, -122.284, 'Southeast',
  350, TRUE, 83.00, 40.00, '{vi,so,zh,es,tl}', 1, 0),
 ('5c000000-0000-4000-8000-000000000014', 'Broadview-Thomson K-8', 0, 8, '13052 Greenwood Ave N', 'Seattle', 'WA', '98133', 47.7236, -122.3553, 'North',
  560, TRUE, 54.00, 21.00, '{es,so,vi,am,ar}', 3, 0),
 ('5c000000-0000-4000-8000-000000000015', 'Laurelhurst Elementary', 0, 5, '4530 46th Ave NE', 'Seattle', 'WA', '98105', 47.6618, -122.28, 'Northeast',
  470, FALSE, 6.00, 3.00, '{zh,es}', 5, 0),
 ('5c000000-0000-4000-8000-000000000016', 'Hamilton International Middle School', 6, 8, '1610 N 41st St', 'Seattle', 'WA', '98103', 47.6571, -122.3378, 'Northwest',
  1010, FALSE, 11.00, 4.00, '{es,ja,zh}', 5, 0),
 ('5c000000-0000-4000-8000-000000000017', 'Whittier Elementary', 0, 5, '1320 NW 75th St', 'Seattle', 'WA', '98117', 47.6829, -122.3737, 'Northwest',
  450, FALSE, 7.00, 2.50, '{es,ru}', 5, 0);

-- ============================================================ organizations, offerings, offering categories
-- ------------------------------------------------------------
-- The seven organizations named in the product brief (real Seattle organizations). Programs are described in
-- general terms; capacities, grade ranges and service areas are illustrative.
-- 01 Chinese Information Service Center
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000001', 'Chinese Information Service Center',
  'CISC is a Seattle nonprofit that helps Chinese-speaking and other Asian immigrant families thrive. Bilingual staff (Cantonese, Mandarin, English) run after-school programs for elementary students, help families navigate school enrollment, conferences and social services with interpretation, and offer parenting and family workshops.',
  'https://cisc-seattle.org', 'School Partnerships Team', 'cisc.partnerships@example.org', '206-555-0101', '611 S Lane St', 'Seattle', 'WA', '98104',
  47.5974, -122.3268, 12, '{Southeast,Southwest,Central}', '{en,zh,yue}',
  '{"Chinese","Asian American","immigrant and refugee families","seniors and their families"}',
  '{asian_pacific_islander_led,immigrant_refugee_led,bipoc_led}', 'approved', 'Partnership agreement, insurance certificate and background checks on file.', '2026-07-14 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', 'After-School Program',
  'Bilingual after-school program for elementary students: homework help, reading, enrichment and a snack, staffed in Cantonese, Mandarin and English.',
  0, 5, '{after_school}', 'in_person', '{zh,yue,en}', 'sliding_scale', 60, 'students', 44, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', 'Family Navigation and Interpretation',
  'Family navigators help Chinese-speaking families with enrollment, parent-teacher conferences, IEP meetings, health coverage and referrals, in person at school or by phone.',
  -1, 12, '{during_school,evening}', 'hybrid', '{zh,yue,en}', 'free', 8, 'schools', 4, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000001', 'Chinese-Language Parent Workshops',
  'Evening and weekend workshops in Cantonese and Mandarin on the US school system, supporting learning at home, and family well-being.',
  -1, 12, '{evening,weekend}', 'in_person', '{zh,yue}', 'free', 120, 'students', 35, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000001', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000001', 'before-after-school-care'),
 ('0f000000-0000-4000-8000-000000000002', 'family-navigation'),
 ('0f000000-0000-4000-8000-000000000003', 'family-workshops');

-- 02 City Year Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000002', 'City Year Seattle',
  'City Year Seattle places teams of AmeriCorps members, ages 18 to 25, full time in high-need schools as near-peer tutors and mentors. In grades 3 to 9 they provide in-class support, small-group math and literacy tutoring during the school day, attendance coaching and positive school climate work.',
  'https://www.cityyear.org/seattle', 'Partnerships Director', 'cityyear.seattle@example.org', '206-555-0102', '1201 3rd Ave', 'Seattle', 'WA', '98101',
  47.6075, -122.337, NULL, '{Southeast,Southwest,Central}', '{en,es}',
  '{"students in high-poverty schools","students of color"}',
  '{}', 'approved', NULL, '2026-06-30 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', 'In-Class Support and Tutoring',
  'AmeriCorps members work alongside teachers in grades 3-9, tutoring small groups in math and English language arts during the school day.',
  3, 9, '{during_school}', 'in_person', '{en,es}', 'free', 10, 'schools', 7, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000002', 'Attendance Coaching',
  'Morning greetings, daily check-ins, calls home and success coaching for students with chronic absenteeism in grades 3-9.',
  3, 9, '{before_school,during_school}', 'in_person', '{en,es}', 'free', 10, 'schools', 7, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000006', '0a000000-0000-4000-8000-000000000002', 'After-School Homework and Math Club',
  'After-school homework help and math practice led by the school City Year team.',
  3, 9, '{after_school}', 'in_person', '{en}', 'free', 120, 'students', 70, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000004', 'in-class-support'),
 ('0f000000-0000-4000-8000-000000000004', 'math'),
 ('0f000000-0000-4000-8000-000000000004', 'literacy'),
 ('0f000000-0000-4000-8000-000000000005', 'attendance-engagement'),
 ('0f000000-0000-4000-8000-000000000005', 'mentoring'),
 ('0f000000-0000-4000-8000-000000000006', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000006', 'math');

-- 03 Communities In Schools of Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000003', 'Communities In Schools of Seattle',
  'Communities In Schools of Seattle provides integrated student supports: a site coordinator at each partner school works with students at risk of falling behind through case management, attendance and engagement support, and connections to basic needs such as food, clothing and hygiene items, and to community services.',
  'https://ciseattle.org', 'Site Services Manager', 'cis.seattle@example.org', '206-555-0103', '1501 N 45th St', 'Seattle', 'WA', '98103',
  47.6612, -122.3394, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es,so,vi}',
  '{"students at risk of dropping out","families experiencing homelessness","students of color"}',
  '{}', 'approved', NULL, '2026-07-01 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000007', '0a000000-0000-4000-8000-000000000003', 'Integrated Student Supports',
  'A CIS site coordinator based at the school runs case management, attendance plans and small groups for students the school refers, and coordinates community partners.',
  0, 12, '{during_school}', 'in_person', '{en,es,so}', 'free', 12, 'schools', 9, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000008', '0a000000-0000-4000-8000-000000000003', 'Basic Needs Connections',
  'Food, clothing and hygiene items for students and families on the site coordinator caseload, with referrals to food banks and other services.',
  0, 12, '{during_school}', 'in_person', '{en,es,so,vi}', 'free', 300, 'students', 180, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000009', '0a000000-0000-4000-8000-000000000003', 'Case Management for Secondary Students',
  'One-to-one case management for students in grades 6-12 who are off track to graduate: attendance, credits and goal setting.',
  6, 12, '{during_school}', 'in_person', '{en,es,so}', 'free', 150, 'students', 110, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000007', 'attendance-engagement'),
 ('0f000000-0000-4000-8000-000000000007', 'sel-skills'),
 ('0f000000-0000-4000-8000-000000000008', 'food'),
 ('0f000000-0000-4000-8000-000000000008', 'clothing'),
 ('0f000000-0000-4000-8000-000000000008', 'hygiene'),
 ('0f000000-0000-4000-8000-000000000009', 'attendance-engagement'),
 ('0f000000-0000-4000-8000-000000000009', 'mentoring');

-- 04 Madrona Family Resource Center
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000004', 'Madrona Family Resource Center',
  'A neighborhood family resource center in the Madrona and Central District area. Family advocates offer parent workshops, family support and resource navigation, and play-and-learn groups for families with young children.',
  NULL, 'Family Resource Coordinator', 'madrona.frc@example.org', '206-555-0104', '1121 33rd Ave', 'Seattle', 'WA', '98122',
  47.6128, -122.2915, 4, '{Central}', '{en,so,am}',
  '{"Black","East African","families with young children"}',
  '{}', 'approved', NULL, '2026-09-02 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000000a', '0a000000-0000-4000-8000-000000000004', 'Parent Workshops and Family Cafes',
  'Evening workshops and family cafes on reading at home, routines, and talking with teachers, with Somali and Amharic interpretation.',
  -1, 5, '{evening,weekend}', 'in_person', '{en,so,am}', 'free', 60, 'students', 22, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000000b', '0a000000-0000-4000-8000-000000000004', 'Family Support and Resource Navigation',
  'Family advocates help families find food, clothing, health care and housing resources and follow up with them.',
  -1, 8, '{during_school,after_school}', 'in_person', '{en,so,am}', 'free', 80, 'students', 40, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000000c', '0a000000-0000-4000-8000-000000000004', 'Play and Learn Groups',
  'Weekly play-and-learn groups for caregivers and children from birth to kindergarten. Paused this term while the center looks for a new room.',
  -1, 0, '{during_school}', 'in_person', '{en,so}', 'free', 30, 'students', 0, FALSE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000000a', 'family-workshops'),
 ('0f000000-0000-4000-8000-00000000000a', 'parent-leadership'),
 ('0f000000-0000-4000-8000-00000000000b', 'family-navigation'),
 ('0f000000-0000-4000-8000-00000000000b', 'food'),
 ('0f000000-0000-4000-8000-00000000000c', 'family-workshops');

-- 05 Operation School Bell (Assistance League of Seattle)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000005', 'Operation School Bell (Assistance League of Seattle)',
  'Operation School Bell is the signature program of Assistance League of Seattle, an all-volunteer nonprofit. Students in need, referred by school staff, receive new school clothing, shoes and outerwear, chosen with volunteers, so they can attend school with confidence.',
  'https://www.assistanceleague.org/seattle', 'Operation School Bell Chair', 'school.bell@example.org', '206-555-0105', '6537 Roosevelt Way NE', 'Seattle', 'WA', '98115',
  47.6765, -122.3176, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"students experiencing poverty","families experiencing homelessness"}',
  '{}', 'approved', NULL, '2026-05-18 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000000d', '0a000000-0000-4000-8000-000000000005', 'New School Clothing and Shoes',
  'Referred students receive new clothing, shoes, a coat and a hygiene kit, by shopping appointment or delivery to the school.',
  0, 12, '{during_school,weekend}', 'in_person', '{en}', 'free', 600, 'students', 430, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000000d', 'clothing'),
 ('0f000000-0000-4000-8000-00000000000d', 'hygiene');

-- 06 Totem Star Records
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000006', 'Totem Star Records',
  'Totem Star Records is a youth-centered music studio in Southeast Seattle where young people ages 12 to 18 write, record, produce and release their own music with professional producer-mentors, free of charge. It also runs songwriting and production residencies in schools.',
  'https://www.totemstar.org', 'Studio Program Manager', 'totemstar@example.org', '206-555-0106', '4400 Rainier Ave S', 'Seattle', 'WA', '98118',
  47.5615, -122.2845, 8, '{Southeast,Central}', '{en}',
  '{"youth ages 12-18","youth of color","young artists"}',
  '{}', 'approved', NULL, '2026-09-10 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000000e', '0a000000-0000-4000-8000-000000000006', 'After-School Recording Studio',
  'Youth write, record and produce original songs in a professional studio with producer-mentors, and release them on the label.',
  6, 12, '{after_school,evening}', 'in_person', '{en}', 'free', 40, 'students', 29, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000000f', '0a000000-0000-4000-8000-000000000006', 'In-School Songwriting and Production Residency',
  'A semester-long songwriting and beat-making residency in a school music or elective class.',
  6, 12, '{during_school}', 'in_person', '{en}', 'free', 3, 'schools', 3, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000010', '0a000000-0000-4000-8000-000000000006', 'Summer Music Production Intensive',
  'Two-week summer intensive in music production and engineering.',
  7, 12, '{summer}', 'in_person', '{en}', 'free', 24, 'students', 0, FALSE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000000e', 'music'),
 ('0f000000-0000-4000-8000-00000000000e', 'media-arts'),
 ('0f000000-0000-4000-8000-00000000000f', 'music'),
 ('0f000000-0000-4000-8000-000000000010', 'music'),
 ('0f000000-0000-4000-8000-000000000010', 'summer-learning');

-- 07 WestSide Baby
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000007', 'WestSide Baby',
  'WestSide Baby collects and distributes diapers, baby and kids clothing, car seats, cribs and other essentials to families with young children. Items reach families through partner agencies, including schools and family resource centers across King County.',
  'https://westsidebaby.org', 'Partner Agency Coordinator', 'westsidebaby@example.org', '206-555-0107', '10002 14th Ave SW', 'Seattle', 'WA', '98146',
  47.5117, -122.3527, 25, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"families with young children","families experiencing poverty"}',
  '{}', 'approved', NULL, '2026-04-22 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000011', '0a000000-0000-4000-8000-000000000007', 'Diapers and Baby Supplies through Schools',
  'Monthly delivery of diapers, wipes and baby clothing to school family-support staff, who pass them to families of enrolled students with babies and toddlers at home.',
  -1, 12, '{during_school}', 'in_person', '{en,es}', 'free', 12, 'schools', 8, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000012', '0a000000-0000-4000-8000-000000000007', 'Car Seats, Cribs and Baby Gear',
  'Car seats, cribs and strollers for families referred by a partner agency, with safe-sleep and car-seat fitting information.',
  -1, 12, '{during_school}', 'in_person', '{en,es}', 'free', 150, 'students', 150, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000011', 'baby-supplies'),
 ('0f000000-0000-4000-8000-000000000012', 'baby-supplies');

-- ------------------------------------------------------------
-- Further real Seattle organizations. Their offerings, capacities, service areas and leadership tags are
-- illustrative generalizations for the demo, not statements made by the organizations.
-- 08 Mentoring Urban Students and Teens (MUST)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000008', 'Mentoring Urban Students and Teens (MUST)',
  'MUST is a Black-led mentoring organization that pairs Black male students with Black male mentors for academic support, leadership and life skills, in schools and in the community.',
  NULL, 'Program Director', 'must.mentoring@example.org', '206-555-0108', '7200 Rainier Ave S', 'Seattle', 'WA', '98118',
  47.5397, -122.2693, NULL, '{Southeast,Southwest,Central}', '{en}',
  '{"Black","African American boys and young men"}',
  '{black_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000013', '0a000000-0000-4000-8000-000000000008', 'One-to-One and Group Mentoring',
  'Black male mentors meet students weekly after school and at weekend events focused on academics, identity and leadership.',
  4, 12, '{after_school,weekend}', 'in_person', '{en}', 'free', 80, 'students', 58, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000014', '0a000000-0000-4000-8000-000000000008', 'School-Day Mentoring Circles',
  'Weekly mentoring circles for Black male students held during advisory or lunch.',
  6, 12, '{during_school}', 'in_person', '{en}', 'free', 5, 'schools', 3, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000013', 'mentoring'),
 ('0f000000-0000-4000-8000-000000000013', 'youth-leadership'),
 ('0f000000-0000-4000-8000-000000000014', 'mentoring'),
 ('0f000000-0000-4000-8000-000000000014', 'sel-skills');

-- 09 Technology Access Foundation
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000009', 'Technology Access Foundation',
  'The Technology Access Foundation (TAF), founded by Black technologists, partners with public schools to bring project-based STEM learning to students of color, and supports teachers to teach it.',
  'https://techaccess.org', 'School Partnerships Lead', 'taf.partners@example.org', '206-555-0109', '605 SW 108th St', 'Seattle', 'WA', '98146',
  47.5076, -122.3414, 15, '{Southeast,Southwest,Central}', '{en}',
  '{"students of color","Black"}',
  '{black_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000015', '0a000000-0000-4000-8000-000000000009', 'STEM School Partnership',
  'Project-based STEM and computer science units co-taught with school staff during the school day.',
  6, 12, '{during_school}', 'in_person', '{en}', 'free', 4, 'schools', 2, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000016', '0a000000-0000-4000-8000-000000000009', 'Summer STEM Intensive',
  'Summer engineering and coding projects for middle and early high school students.',
  6, 10, '{summer}', 'in_person', '{en}', 'free', 60, 'students', 20, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000015', 'stem'),
 ('0f000000-0000-4000-8000-000000000015', 'coding'),
 ('0f000000-0000-4000-8000-000000000016', 'stem'),
 ('0f000000-0000-4000-8000-000000000016', 'summer-learning');

-- 0a Byrd Barr Place
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000a', 'Byrd Barr Place',
  'Byrd Barr Place is a Black-led Central District organization providing energy and utility bill assistance, a food bank (Byrd Barr Market) and housing-stability help for low-income households.',
  'https://byrdbarrplace.org', 'Family Services Manager', 'byrdbarr@example.org', '206-555-0110', '722 18th Ave', 'Seattle', 'WA', '98122',
  47.6085, -122.3087, 10, '{Central,Southeast}', '{en,so,am,es}',
  '{"Black","low-income households","seniors and their families"}',
  '{black_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000017', '0a000000-0000-4000-8000-00000000000a', 'Energy and Utility Assistance',
  'Help applying for home energy and utility bill assistance to keep the lights and heat on, by appointment or phone.',
  -1, 12, '{during_school,evening}', 'hybrid', '{en,so,am,es}', 'free', 250, 'students', 140, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000018', '0a000000-0000-4000-8000-00000000000a', 'Byrd Barr Market Food Bank',
  'A choice-model food bank with fresh produce and culturally familiar foods.',
  -1, 12, '{after_school,weekend}', 'in_person', '{en,so,am}', 'free', 300, 'students', 210, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000017', 'housing-utilities'),
 ('0f000000-0000-4000-8000-000000000018', 'food');

-- 0b Refugee Women's Alliance (ReWA)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000b', 'Refugee Women''s Alliance (ReWA)',
  'ReWA is an immigrant- and refugee-led, women-led organization serving refugee and immigrant families in many languages: youth academic support and English-learner tutoring, family engagement, English classes for parents, and summer programs for newcomer students.',
  'https://www.rewa.org', 'Youth and Family Programs Manager', 'rewa.youth@example.org', '206-555-0111', '4008 Martin Luther King Jr Way S', 'Seattle', 'WA', '98108',
  47.5665, -122.2952, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,so,am,ti,om,vi,ar,es,ru,uk,km,zh}',
  '{"refugee and immigrant families","East African","Vietnamese","Ukrainian","Arabic-speaking"}',
  '{immigrant_refugee_led,bipoc_led,women_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000019', '0a000000-0000-4000-8000-00000000000b', 'Youth Academic Support and ELL Tutoring',
  'After-school tutoring and English-language support for newcomer students, with staff who speak students'' home languages.',
  0, 12, '{after_school}', 'in_person', '{en,so,am,ti,om,vi,ar,ru,uk}', 'free', 120, 'students', 80, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000001a', '0a000000-0000-4000-8000-00000000000b', 'Multilingual Family Engagement',
  'Family engagement specialists host family nights, help with conferences and support parent leadership in families'' languages.',
  -1, 12, '{during_school,evening}', 'hybrid', '{so,am,ti,om,vi,ar,es,ru,uk}', 'free', 10, 'schools', 6, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000001b', '0a000000-0000-4000-8000-00000000000b', 'English Classes for Parents',
  'English classes for parents and caregivers, with childcare.',
  -1, 12, '{during_school,evening}', 'in_person', '{en,so,am,ti,ar,uk}', 'free', 80, 'students', 50, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000001c', '0a000000-0000-4000-8000-00000000000b', 'Summer Newcomer Academy',
  'A summer program of English, math and field trips for newcomer students.',
  0, 8, '{summer}', 'in_person', '{en,so,am,ti,ar,uk}', 'free', 60, 'students', 30, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000019', 'english-learner-support'),
 ('0f000000-0000-4000-8000-000000000019', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000019', 'tutoring'),
 ('0f000000-0000-4000-8000-00000000001a', 'family-navigation'),
 ('0f000000-0000-4000-8000-00000000001a', 'parent-leadership'),
 ('0f000000-0000-4000-8000-00000000001b', 'family-workshops'),
 ('0f000000-0000-4000-8000-00000000001c', 'english-learner-support'),
 ('0f000000-0000-4000-8000-00000000001c', 'summer-learning');

-- 0c East African Community Services
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000c', 'East African Community Services',
  'East African Community Services supports East African families in Southeast Seattle with after-school tutoring in Somali, Oromo and Amharic, early reading circles, and family engagement so parents can partner with schools.',
  'https://www.eacsonline.org', 'Education Programs Coordinator', 'eacs.education@example.org', '206-555-0112', '7054 32nd Ave S', 'Seattle', 'WA', '98118',
  47.5393, -122.2923, 10, '{Southeast,Southwest,Central}', '{en,so,om,am,ti}',
  '{"East African","Somali","Oromo","Ethiopian","Eritrean"}',
  '{immigrant_refugee_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000001d', '0a000000-0000-4000-8000-00000000000c', 'After-School Tutoring in Somali, Oromo and Amharic',
  'Small-group tutoring and homework help, including math, with bilingual tutors.',
  0, 12, '{after_school}', 'in_person', '{so,om,am,ti,en}', 'free', 90, 'students', 60, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000001e', '0a000000-0000-4000-8000-00000000000c', 'East African Family Engagement',
  'Family nights and parent groups that explain school systems and build parent leadership.',
  -1, 12, '{evening,weekend}', 'in_person', '{so,om,am,ti}', 'free', 6, 'schools', 4, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000001f', '0a000000-0000-4000-8000-00000000000c', 'Early Reading Circles',
  'Bilingual read-aloud and phonics circles for young readers and their parents.',
  0, 3, '{after_school,weekend}', 'in_person', '{am,ti,so,om,en}', 'free', 40, 'students', 12, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000001d', 'tutoring'),
 ('0f000000-0000-4000-8000-00000000001d', 'homework-help'),
 ('0f000000-0000-4000-8000-00000000001d', 'math'),
 ('0f000000-0000-4000-8000-00000000001e', 'family-navigation'),
 ('0f000000-0000-4000-8000-00000000001e', 'parent-leadership'),
 ('0f000000-0000-4000-8000-00000000001f', 'literacy');

-- 0d Somali Family Safety Task Force
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000d', 'Somali Family Safety Task Force',
  'A Somali-led community organization supporting Somali families with parenting circles, family support and youth mentoring.',
  'https://sfstf.org', 'Family Programs Lead', 'sfstf@example.org', '206-555-0113', '4415 S Othello St', 'Seattle', 'WA', '98118',
  47.5381, -122.2779, NULL, '{Southeast,Southwest,Central}', '{so,en}',
  '{"Somali","East African"}',
  '{immigrant_refugee_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000020', '0a000000-0000-4000-8000-00000000000d', 'Somali Parenting Circles and Family Support',
  'Parenting circles and one-to-one family support in Somali.',
  -1, 12, '{evening,weekend}', 'in_person', '{so,en}', 'free', 60, 'students', 30, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000021', '0a000000-0000-4000-8000-00000000000d', 'Somali Youth Mentoring',
  'Group mentoring and leadership activities for Somali youth.',
  6, 12, '{after_school}', 'in_person', '{so,en}', 'free', 40, 'students', 25, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000020', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000020', 'family-navigation'),
 ('0f000000-0000-4000-8000-000000000021', 'mentoring'),
 ('0f000000-0000-4000-8000-000000000021', 'youth-leadership');

-- 0e Urban League of Metropolitan Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000e', 'Urban League of Metropolitan Seattle',
  'The Urban League of Metropolitan Seattle advances economic empowerment for Black communities and others: college and career pathways for youth, STEM and workforce internships, and housing counseling.',
  'https://urbanleague.org', 'Youth Programs Manager', 'urbanleague.youth@example.org', '206-555-0114', '105 14th Ave', 'Seattle', 'WA', '98122',
  47.601, -122.3146, 10, '{Southeast,Southwest,Central}', '{en}',
  '{"Black","African American","first-generation college students"}',
  '{black_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000022', '0a000000-0000-4000-8000-00000000000e', 'College and Career Pathways',
  'College application, FAFSA/WASFA and career planning workshops and coaching for high school students.',
  9, 12, '{during_school,after_school}', 'hybrid', '{en}', 'free', 100, 'students', 60, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000023', '0a000000-0000-4000-8000-00000000000e', 'Housing Counseling for Families',
  'HUD-approved style housing counseling: rental help, eviction prevention and first-time homebuyer education.',
  -1, 12, '{during_school,evening}', 'hybrid', '{en}', 'free', 60, 'students', 40, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000024', '0a000000-0000-4000-8000-00000000000e', 'Summer STEM Internships',
  'Paid summer internships with local employers for juniors and seniors.',
  11, 12, '{summer}', 'in_person', '{en}', 'free', 30, 'students', 30, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000022', 'college-readiness'),
 ('0f000000-0000-4000-8000-000000000022', 'career-exploration'),
 ('0f000000-0000-4000-8000-000000000023', 'housing-utilities'),
 ('0f000000-0000-4000-8000-000000000024', 'internships'),
 ('0f000000-0000-4000-8000-000000000024', 'career-exploration');

-- 0f Rainier Scholars
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000000f', 'Rainier Scholars',
  'Rainier Scholars is a long-term academic program that prepares students of color from low-income families, starting in grade 5, for college through a summer academy, year-round classes and college guidance.',
  'https://rainierscholars.org', 'Admissions Team', 'rainierscholars@example.org', '206-555-0115', '2700 S Jackson St', 'Seattle', 'WA', '98144',
  47.5993, -122.2965, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"students of color","first-generation college students","low-income families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000025', '0a000000-0000-4000-8000-00000000000f', 'Summer Academy and Year-Round Program',
  'An intensive summer academy and Saturday classes for a selected cohort, followed by support through college.',
  5, 12, '{summer,weekend}', 'in_person', '{en}', 'free', 90, 'students', 90, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000025', 'tutoring'),
 ('0f000000-0000-4000-8000-000000000025', 'summer-learning'),
 ('0f000000-0000-4000-8000-000000000025', 'college-readiness');

-- 10 Tilth Alliance
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000010', 'Tilth Alliance',
  'Tilth Alliance teaches organic gardening, cooking and nutrition. It runs school garden education, family cooking classes, and a youth farm crew at Rainier Beach Urban Farm and Wetlands.',
  'https://www.tilthalliance.org', 'Education Manager', 'tilth.education@example.org', '206-555-0116', '4649 Sunnyside Ave N', 'Seattle', 'WA', '98103',
  47.6616, -122.3327, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"families in Seattle neighborhoods","gardeners"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000026', '0a000000-0000-4000-8000-000000000010', 'School Garden Education',
  'Garden-based science lessons in the school garden, connected to the science curriculum.',
  0, 8, '{during_school}', 'in_person', '{en,es}', 'sliding_scale', 6, 'schools', 3, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000027', '0a000000-0000-4000-8000-000000000010', 'Family Cooking and Nutrition Classes',
  'Hands-on cooking and nutrition classes for families.',
  -1, 12, '{evening,weekend}', 'in_person', '{en,es,so,vi}', 'free', 80, 'students', 30, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000028', '0a000000-0000-4000-8000-000000000010', 'Youth Farm Crew',
  'Paid summer farm crew for high school students at Rainier Beach Urban Farm. Not running this year.',
  9, 12, '{summer}', 'in_person', '{en}', 'free', 20, 'students', 0, FALSE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000026', 'environmental'),
 ('0f000000-0000-4000-8000-000000000026', 'stem'),
 ('0f000000-0000-4000-8000-000000000027', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000027', 'physical-health'),
 ('0f000000-0000-4000-8000-000000000028', 'environmental'),
 ('0f000000-0000-4000-8000-000000000028', 'internships');

-- 11 Powerful Voices
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000011', 'Powerful Voices',
  'Powerful Voices runs gender-responsive leadership and social-emotional programs for girls and young women of color.',
  'https://powerfulvoices.org', 'Program Manager', 'powerfulvoices@example.org', '206-555-0117', '1620 E Jefferson St', 'Seattle', 'WA', '98122',
  47.6067, -122.3106, NULL, '{Southeast,Southwest,Central}', '{en,es}',
  '{"girls of color","young women of color"}',
  '{bipoc_led,women_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000029', '0a000000-0000-4000-8000-000000000011', 'Girls of Color Leadership Groups',
  'Weekly leadership and social-emotional groups for girls of color, at school or after school.',
  6, 12, '{during_school,after_school}', 'in_person', '{en,es}', 'free', 6, 'schools', 2, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000029', 'youth-leadership'),
 ('0f000000-0000-4000-8000-000000000029', 'sel-skills');

-- 12 Southeast Youth and Family Services
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000012', 'Southeast Youth and Family Services',
  'Southeast Youth and Family Services provides counseling and mental health care for children, youth and families in Southeast Seattle, including school-based counseling and family therapy.',
  'https://seyfs.org', 'Clinical Director', 'seyfs@example.org', '206-555-0118', '3600 S Graham St', 'Seattle', 'WA', '98118',
  47.5466, -122.2868, 8, '{Southeast}', '{en,vi,so,es}',
  '{"Southeast Seattle families","Vietnamese","East African","Latino"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000002a', '0a000000-0000-4000-8000-000000000012', 'School-Based Counseling',
  'Licensed counselors see students at school for individual and group counseling, billed to Medicaid or grants so families pay nothing.',
  0, 12, '{during_school}', 'in_person', '{en,vi,so,es}', 'free', 6, 'schools', 4, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000002b', '0a000000-0000-4000-8000-000000000012', 'Family Counseling and Parenting Support',
  'Family therapy and parenting support in the evening, in person or by video.',
  -1, 12, '{evening}', 'hybrid', '{en,vi}', 'sliding_scale', 50, 'students', 20, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000002a', 'mental-health'),
 ('0f000000-0000-4000-8000-00000000002b', 'mental-health'),
 ('0f000000-0000-4000-8000-00000000002b', 'family-workshops');

-- 13 Kandelia
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000013', 'Kandelia',
  'Kandelia (formerly the Vietnamese Friendship Association) builds leadership in Vietnamese and other immigrant and refugee families: family engagement with schools, youth leadership and homework clubs, and summer learning.',
  'https://kandelia.org', 'Family Engagement Manager', 'kandelia@example.org', '206-555-0119', '4508 Rainier Ave S', 'Seattle', 'WA', '98118',
  47.5622, -122.2864, 10, '{Southeast,Southwest,Central}', '{vi,en,km}',
  '{"Vietnamese","refugee and immigrant families","Khmer"}',
  '{immigrant_refugee_led,asian_pacific_islander_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000002c', '0a000000-0000-4000-8000-000000000013', 'Vietnamese Family Engagement',
  'Family navigation, interpretation at school events and parent leadership groups in Vietnamese.',
  -1, 12, '{evening,weekend}', 'in_person', '{vi,en}', 'free', 6, 'schools', 3, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000002d', '0a000000-0000-4000-8000-000000000013', 'Youth Leadership and Homework Club',
  'After-school homework club with leadership projects.',
  3, 8, '{after_school}', 'in_person', '{vi,en}', 'free', 60, 'students', 35, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000002e', '0a000000-0000-4000-8000-000000000013', 'Summer Learning Program',
  'Summer reading, math and English-language learning for elementary students.',
  0, 5, '{summer}', 'in_person', '{vi,en}', 'free', 50, 'students', 20, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000002c', 'family-navigation'),
 ('0f000000-0000-4000-8000-00000000002c', 'parent-leadership'),
 ('0f000000-0000-4000-8000-00000000002d', 'homework-help'),
 ('0f000000-0000-4000-8000-00000000002d', 'youth-leadership'),
 ('0f000000-0000-4000-8000-00000000002e', 'summer-learning'),
 ('0f000000-0000-4000-8000-00000000002e', 'english-learner-support');

-- 14 Coyote Central
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000014', 'Coyote Central',
  'Coyote Central offers hands-on creative classes taught by working artists for young people ages 10 to 15, after school, on weekends and in summer, with sliding-scale tuition.',
  'https://www.coyotecentral.org', 'Program Director', 'coyote@example.org', '206-555-0120', '2300 E Cherry St', 'Seattle', 'WA', '98122',
  47.608, -122.3027, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"young people ages 10-15"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000002f', '0a000000-0000-4000-8000-000000000014', 'After-School and Weekend Art Classes',
  'Multi-week classes in visual art, design, film and more.',
  5, 9, '{after_school,weekend}', 'in_person', '{en}', 'sliding_scale', 200, 'students', 120, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000030', '0a000000-0000-4000-8000-000000000014', 'Summer Art Classes',
  'Summer classes taught by working artists.',
  5, 9, '{summer}', 'in_person', '{en}', 'sliding_scale', 250, 'students', 150, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000031', '0a000000-0000-4000-8000-000000000014', 'School Partnership Workshops',
  'Creative workshops brought into middle school classes.',
  5, 9, '{during_school}', 'in_person', '{en}', 'fee', 4, 'schools', 1, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000002f', 'visual-arts'),
 ('0f000000-0000-4000-8000-00000000002f', 'media-arts'),
 ('0f000000-0000-4000-8000-000000000030', 'visual-arts'),
 ('0f000000-0000-4000-8000-000000000030', 'summer-learning'),
 ('0f000000-0000-4000-8000-000000000031', 'visual-arts');

-- 15 Reading Partners Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000015', 'Reading Partners Seattle',
  'Reading Partners trains community volunteers to tutor K-4 students one-on-one in reading using a structured curriculum, in school reading centers or online.',
  'https://readingpartners.org/location/seattle', 'Site Partnerships Manager', 'readingpartners@example.org', '206-555-0121', '1501 S Jackson St', 'Seattle', 'WA', '98144',
  47.5992, -122.313, NULL, '{Southeast,Southwest,Central}', '{en,es}',
  '{"early readers","students reading below grade level"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000032', '0a000000-0000-4000-8000-000000000015', 'In-School One-on-One Reading Tutoring',
  'Twice-weekly one-on-one reading tutoring in a reading center at the school.',
  0, 4, '{during_school}', 'in_person', '{en}', 'free', 6, 'schools', 5, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000033', '0a000000-0000-4000-8000-000000000015', 'Reading Partners Connects',
  'Online one-on-one reading tutoring with a volunteer, during or after school.',
  0, 4, '{during_school,after_school}', 'virtual', '{en,es}', 'free', 60, 'students', 25, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000032', 'literacy'),
 ('0f000000-0000-4000-8000-000000000032', 'tutoring'),
 ('0f000000-0000-4000-8000-000000000033', 'literacy');

-- 16 Team Read
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000016', 'Team Read',
  'Team Read pairs trained, paid high school reading coaches with second and third graders for after-school reading practice.',
  'https://www.teamread.org', 'Program Manager', 'teamread@example.org', '206-555-0122', '2100 S Jackson St', 'Seattle', 'WA', '98144',
  47.5993, -122.3035, NULL, '{Southeast,Southwest,Central}', '{en}',
  '{"early readers","teen coaches"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000034', '0a000000-0000-4000-8000-000000000016', 'After-School Reading Coaching',
  'Teen reading coaches work with second and third graders twice a week after school.',
  2, 3, '{after_school}', 'in_person', '{en}', 'free', 5, 'schools', 4, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000034', 'literacy');

-- 17 Treehouse
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000017', 'Treehouse',
  'Treehouse supports youth in foster care with clothing, school supplies and essentials at no cost, and with graduation coaching so they finish high school with a plan.',
  'https://treehouseforkids.org', 'School Liaison', 'treehouse@example.org', '206-555-0123', '2100 24th Ave S', 'Seattle', 'WA', '98144',
  47.5838, -122.3, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"foster youth","kinship care families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000035', '0a000000-0000-4000-8000-000000000017', 'Clothing, School Supplies and Essentials',
  'Youth in foster care get new and like-new clothing, school supplies and hygiene items at no cost.',
  0, 12, '{after_school,weekend}', 'in_person', '{en,es}', 'free', 400, 'students', 260, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000036', '0a000000-0000-4000-8000-000000000017', 'Graduation Success Coaching',
  'Education specialists coach middle and high school students in foster care on attendance, credits and post-secondary plans.',
  7, 12, '{during_school}', 'hybrid', '{en}', 'free', 120, 'students', 95, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000035', 'clothing'),
 ('0f000000-0000-4000-8000-000000000035', 'school-supplies'),
 ('0f000000-0000-4000-8000-000000000035', 'hygiene'),
 ('0f000000-0000-4000-8000-000000000036', 'attendance-engagement'),
 ('0f000000-0000-4000-8000-000000000036', 'college-readiness');

-- 18 Boys & Girls Clubs of King County
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000018', 'Boys & Girls Clubs of King County',
  'Boys & Girls Clubs run after-school clubs, teen centers, youth sports leagues and summer camps at club sites across Seattle.',
  'https://positiveplace.org', 'Community Partnerships', 'bgc.seattle@example.org', '206-555-0124', '4520 Martin Luther King Jr Way S', 'Seattle', 'WA', '98108',
  47.562, -122.289, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"youth ages 6-18","working families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000037', '0a000000-0000-4000-8000-000000000018', 'After-School Club',
  'Homework time, enrichment and recreation at a neighborhood club.',
  1, 8, '{after_school}', 'in_person', '{en,es}', 'sliding_scale', 150, 'students', 110, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000038', '0a000000-0000-4000-8000-000000000018', 'Youth Sports League',
  'Coached basketball, flag football and soccer seasons.',
  1, 8, '{after_school,weekend}', 'in_person', '{en}', 'fee', 200, 'students', 130, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000039', '0a000000-0000-4000-8000-000000000018', 'Teen Center and Career Launch',
  'Teen nights, job-readiness and career exploration.',
  6, 12, '{after_school,evening}', 'in_person', '{en,es}', 'free', 80, 'students', 40, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000003a', '0a000000-0000-4000-8000-000000000018', 'Summer Day Camp',
  'Full-day summer camp with reading and field trips.',
  0, 6, '{summer}', 'in_person', '{en,es}', 'sliding_scale', 120, 'students', 100, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000037', 'before-after-school-care'),
 ('0f000000-0000-4000-8000-000000000037', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000038', 'team-sports'),
 ('0f000000-0000-4000-8000-000000000039', 'youth-leadership'),
 ('0f000000-0000-4000-8000-000000000039', 'career-exploration'),
 ('0f000000-0000-4000-8000-00000000003a', 'summer-learning');

-- 19 YMCA of Greater Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000019', 'YMCA of Greater Seattle',
  'The YMCA of Greater Seattle offers licensed before- and after-school care at schools, summer day camps, and free safety-around-water swim lessons for elementary classes.',
  'https://www.seattleymca.org', 'Youth Development Director', 'ymca.youth@example.org', '206-555-0125', '909 4th Ave', 'Seattle', 'WA', '98104',
  47.6065, -122.3336, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es,vi,so}',
  '{"working families","youth and families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000003b', '0a000000-0000-4000-8000-000000000019', 'Before and After School Care',
  'Licensed school-age care on the school campus, with financial assistance.',
  0, 5, '{before_school,after_school}', 'in_person', '{en,es}', 'sliding_scale', 300, 'students', 240, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000003c', '0a000000-0000-4000-8000-000000000019', 'Safety Around Water Swim Lessons',
  'Free water-safety swim lessons for whole elementary classes.',
  0, 5, '{during_school,weekend}', 'in_person', '{en,es}', 'free', 10, 'schools', 4, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000003d', '0a000000-0000-4000-8000-000000000019', 'Summer Day Camp',
  'Summer day camp with swimming, outdoor play and learning.',
  0, 6, '{summer}', 'in_person', '{en,es}', 'sliding_scale', 400, 'students', 260, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000003b', 'before-after-school-care'),
 ('0f000000-0000-4000-8000-00000000003c', 'fitness'),
 ('0f000000-0000-4000-8000-00000000003d', 'summer-learning'),
 ('0f000000-0000-4000-8000-00000000003d', 'fitness');

-- 1a Seattle Children's Theatre Education
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001a', 'Seattle Children''s Theatre Education',
  'The education program of Seattle Children''s Theatre runs drama residencies in classrooms and summer theatre camps.',
  'https://www.sct.org', 'Education Programs Manager', 'sct.education@example.org', '206-555-0126', '201 Thomas St', 'Seattle', 'WA', '98109',
  47.6206, -122.3512, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"young audiences and students"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000003e', '0a000000-0000-4000-8000-00000000001a', 'Drama Residencies in Schools',
  'Teaching artists lead multi-week drama residencies that build literacy and confidence.',
  0, 8, '{during_school}', 'in_person', '{en}', 'fee', 5, 'schools', 2, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000003f', '0a000000-0000-4000-8000-00000000001a', 'Summer Theatre Camps',
  'Week-long theatre camps, with scholarships available.',
  0, 10, '{summer}', 'in_person', '{en}', 'fee', 200, 'students', 150, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000003e', 'performing-arts'),
 ('0f000000-0000-4000-8000-00000000003e', 'literacy'),
 ('0f000000-0000-4000-8000-00000000003f', 'performing-arts'),
 ('0f000000-0000-4000-8000-00000000003f', 'summer-learning');

-- 1b Neighborhood House
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001b', 'Neighborhood House',
  'Neighborhood House serves low-income, refugee and immigrant families in Seattle public-housing communities such as High Point, NewHolly and Rainier Vista: youth tutoring, family navigation and housing stability services, in many languages.',
  'https://nhwa.org', 'Youth and Family Programs', 'neighborhoodhouse@example.org', '206-555-0127', '6400 Sylvan Way SW', 'Seattle', 'WA', '98126',
  47.5478, -122.3636, NULL, '{Southeast,Southwest}', '{en,so,vi,am,ti,om,es,zh,km}',
  '{"refugee and immigrant families","public housing residents","East African","Vietnamese"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000040', '0a000000-0000-4000-8000-00000000001b', 'Youth Tutoring and Homework Help',
  'After-school tutoring at community centers in High Point, NewHolly and Rainier Vista.',
  0, 12, '{after_school}', 'in_person', '{en,so,vi,am,es}', 'free', 100, 'students', 60, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000041', '0a000000-0000-4000-8000-00000000001b', 'Family Navigation and Housing Stability',
  'Case managers help families with housing, benefits, employment and school questions in their languages.',
  -1, 12, '{during_school,evening}', 'in_person', '{en,so,vi,am,ti,om,es,zh}', 'free', 120, 'students', 70, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000040', 'tutoring'),
 ('0f000000-0000-4000-8000-000000000040', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000041', 'family-navigation'),
 ('0f000000-0000-4000-8000-000000000041', 'housing-utilities');

-- 1c Atlantic Street Center
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001c', 'Atlantic Street Center',
  'Atlantic Street Center supports families of color in Central and Southeast Seattle with youth development programs and family support and counseling.',
  'https://atlanticstreet.org', 'Program Director', 'atlanticstreet@example.org', '206-555-0128', '2103 S Atlantic St', 'Seattle', 'WA', '98144',
  47.5903, -122.306, NULL, '{Central,Southeast}', '{en}',
  '{"families of color","Black"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000042', '0a000000-0000-4000-8000-00000000001c', 'After-School Youth Development',
  'After-school leadership, homework help and activities for middle and high school students.',
  6, 12, '{after_school}', 'in_person', '{en}', 'free', 60, 'students', 30, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000043', '0a000000-0000-4000-8000-00000000001c', 'Family Support and Counseling',
  'Family counseling and support for parents and caregivers.',
  -1, 12, '{during_school,evening}', 'in_person', '{en}', 'sliding_scale', 80, 'students', 45, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000042', 'youth-leadership'),
 ('0f000000-0000-4000-8000-000000000042', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000043', 'mental-health'),
 ('0f000000-0000-4000-8000-000000000043', 'family-navigation');

-- 1d El Centro de la Raza
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001d', 'El Centro de la Raza',
  'El Centro de la Raza, on Beacon Hill, serves the Latino community and all people with a bilingual after-school program, family workshops in Spanish, and a food bank.',
  'https://www.elcentrodelaraza.org', 'Youth and Family Services', 'elcentro@example.org', '206-555-0129', '2524 16th Ave S', 'Seattle', 'WA', '98144',
  47.58, -122.3117, 12, '{Southeast,Southwest,Central}', '{es,en}',
  '{"Latino","Spanish-speaking families","refugee and immigrant families"}',
  '{latinx_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000044', '0a000000-0000-4000-8000-00000000001d', 'Bilingual After-School Program',
  'Spanish-English after-school program with homework help and English-language support.',
  0, 8, '{after_school}', 'in_person', '{es,en}', 'sliding_scale', 80, 'students', 60, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000045', '0a000000-0000-4000-8000-00000000001d', 'Latino Family Workshops',
  'Spanish-language workshops on school, health and parent leadership.',
  -1, 12, '{evening}', 'in_person', '{es}', 'free', 100, 'students', 40, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000046', '0a000000-0000-4000-8000-00000000001d', 'Food Bank and Weekend Groceries',
  'Weekly groceries for families.',
  -1, 12, '{weekend}', 'in_person', '{es,en}', 'free', 300, 'students', 180, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000044', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000044', 'english-learner-support'),
 ('0f000000-0000-4000-8000-000000000045', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000045', 'parent-leadership'),
 ('0f000000-0000-4000-8000-000000000046', 'food');

-- 1e Casa Latina
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001e', 'Casa Latina',
  'Casa Latina empowers Latino immigrant workers and their families. Its education program offers English classes for adults, including parents and caregivers of students.',
  'https://casa-latina.org', 'Education Coordinator', 'casalatina@example.org', '206-555-0130', '317 17th Ave S', 'Seattle', 'WA', '98144',
  47.599, -122.31, 10, '{Southeast,Southwest,Central}', '{es,en}',
  '{"Latino","immigrant workers"}',
  '{latinx_led,immigrant_refugee_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000047', '0a000000-0000-4000-8000-00000000001e', 'English Classes for Latino Parents and Caregivers',
  'Evening and weekend English classes for adults.',
  -1, 12, '{evening,weekend}', 'in_person', '{es,en}', 'free', 60, 'students', 45, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000047', 'family-workshops');

-- 1f Neighborcare Health
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000001f', 'Neighborcare Health',
  'Neighborcare Health is a community health center that operates school-based health centers offering primary care and mental health counseling to students on campus, and well-child and immunization clinics.',
  'https://neighborcare.org', 'School-Based Health Program', 'neighborcare.schools@example.org', '206-555-0132', '1200 12th Ave S', 'Seattle', 'WA', '98144',
  47.5918, -122.317, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es,so,vi,am}',
  '{"uninsured and underinsured families","refugee and immigrant families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000048', '0a000000-0000-4000-8000-00000000001f', 'School-Based Health Center',
  'A clinic on campus with a nurse practitioner and a mental health counselor, for students at no cost.',
  6, 12, '{during_school}', 'in_person', '{en,es,so,vi,am}', 'free', 6, 'schools', 5, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000049', '0a000000-0000-4000-8000-00000000001f', 'Well-Child and Immunization Clinics',
  'Pop-up well-child checks and immunization clinics at schools.',
  -1, 12, '{during_school,evening}', 'in_person', '{en,es,so,vi}', 'free', 10, 'schools', 4, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000048', 'physical-health'),
 ('0f000000-0000-4000-8000-000000000048', 'mental-health'),
 ('0f000000-0000-4000-8000-000000000049', 'physical-health');

-- 20 America SCORES Seattle
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000020', 'America SCORES Seattle',
  'America SCORES Seattle combines soccer, poetry and service learning in free after-school teams at elementary schools.',
  'https://www.americascores.org/seattle', 'Program Manager', 'scores.seattle@example.org', '206-555-0134', '2815 S Hanford St', 'Seattle', 'WA', '98144',
  47.5765, -122.296, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"elementary students","students in high-poverty schools"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000004a', '0a000000-0000-4000-8000-000000000020', 'Soccer and Poetry After School',
  'Twice-weekly soccer practice and poetry writing, with games and a poetry slam.',
  3, 5, '{after_school}', 'in_person', '{en,es}', 'free', 10, 'schools', 9, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000004a', 'team-sports'),
 ('0f000000-0000-4000-8000-00000000004a', 'literacy');

-- 21 Lambert House
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000021', 'Lambert House',
  'Lambert House is a youth-governed drop-in center for LGBTQ+ youth on Capitol Hill, with support groups, leadership activities and support for school GSAs.',
  'https://www.lamberthouse.org', 'Youth Services Coordinator', 'lamberthouse@example.org', '206-555-0135', '1818 15th Ave', 'Seattle', 'WA', '98122',
  47.6178, -122.3125, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"LGBTQ+ youth"}',
  '{lgbtq_led,youth_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000004b', '0a000000-0000-4000-8000-000000000021', 'LGBTQ+ Youth Drop-In Center',
  'A safe drop-in space with peer support groups, meals and activities.',
  8, 12, '{after_school,evening,weekend}', 'in_person', '{en}', 'free', 100, 'students', 55, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000004c', '0a000000-0000-4000-8000-000000000021', 'GSA Support for Schools',
  'Staff and youth leaders help start and sustain GSAs and visit schools.',
  6, 12, '{during_school,after_school}', 'hybrid', '{en}', 'free', 10, 'schools', 4, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000004b', 'youth-leadership'),
 ('0f000000-0000-4000-8000-00000000004b', 'sel-skills'),
 ('0f000000-0000-4000-8000-00000000004c', 'sel-skills'),
 ('0f000000-0000-4000-8000-00000000004c', 'youth-leadership');

-- 22 Southwest Youth & Family Services
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000022', 'Southwest Youth & Family Services',
  'Southwest Youth & Family Services, in Delridge, offers counseling, family learning centers with tutoring and English-learner support, and family support for West Seattle and South Park families.',
  'https://swyfs.org', 'Family Services Director', 'swyfs@example.org', '206-555-0137', '4555 Delridge Way SW', 'Seattle', 'WA', '98106',
  47.5617, -122.3627, 8, '{Southwest}', '{en,es,vi,km,so}',
  '{"West Seattle families","Latino","Vietnamese","Cambodian","East African"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000004d', '0a000000-0000-4000-8000-000000000022', 'Youth and Family Counseling',
  'Counseling for children, youth and families at school, at the center or by video.',
  0, 12, '{during_school,after_school,evening}', 'hybrid', '{en,es,vi,km}', 'sliding_scale', 80, 'students', 50, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000004e', '0a000000-0000-4000-8000-000000000022', 'Family Learning Center Tutoring',
  'After-school tutoring and English-learner support at neighborhood learning centers.',
  0, 12, '{after_school}', 'in_person', '{en,es,vi,km,so}', 'free', 60, 'students', 35, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000004f', '0a000000-0000-4000-8000-000000000022', 'Family Support and Workshops',
  'Family advocates and workshops in Spanish, Vietnamese and Khmer.',
  -1, 12, '{evening}', 'in_person', '{es,vi,km,en}', 'free', 100, 'students', 60, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000004d', 'mental-health'),
 ('0f000000-0000-4000-8000-00000000004e', 'tutoring'),
 ('0f000000-0000-4000-8000-00000000004e', 'english-learner-support'),
 ('0f000000-0000-4000-8000-00000000004f', 'family-navigation'),
 ('0f000000-0000-4000-8000-00000000004f', 'family-workshops');

-- 23 Arts Corps
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000023', 'Arts Corps',
  'Arts Corps brings teaching artists into schools and community sites for free after-school arts classes and teen arts leadership.',
  'https://artscorps.org', 'Partnerships Manager', 'artscorps@example.org', '206-555-0140', '4408 Delridge Way SW', 'Seattle', 'WA', '98106',
  47.5637, -122.3631, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en,es}',
  '{"young people of color","students in high-poverty schools"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000050', '0a000000-0000-4000-8000-000000000023', 'After-School Arts Classes',
  'Visual art, dance and spoken word classes after school.',
  0, 8, '{after_school}', 'in_person', '{en,es}', 'free', 8, 'schools', 5, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000051', '0a000000-0000-4000-8000-000000000023', 'Teen Arts Leadership',
  'Teens lead media and arts projects in their communities.',
  9, 12, '{after_school,evening}', 'in_person', '{en}', 'free', 30, 'students', 12, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000050', 'visual-arts'),
 ('0f000000-0000-4000-8000-000000000050', 'performing-arts'),
 ('0f000000-0000-4000-8000-000000000051', 'youth-leadership'),
 ('0f000000-0000-4000-8000-000000000051', 'media-arts');

-- ------------------------------------------------------------
-- Invented example organizations (illustrative) that fill gaps: a dental van, a weekend food bag program, a
-- virtual tutoring provider, a North Seattle family center and a school-based mental health provider.
-- 24 Smile Partners Mobile Dental (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000024', 'Smile Partners Mobile Dental',
  'Illustrative example: a mobile dental van that visits schools for screenings, cleanings, sealants and restorative care, billing Medicaid when families are enrolled and free otherwise.',
  'https://smilepartners.example.org', 'Van Scheduling Coordinator', 'smilepartners@example.org', '206-555-0131', '1500 S Lander St', 'Seattle', 'WA', '98144',
  47.5793, -122.3145, NULL, '{Southeast,Southwest,Central}', '{en,es,so,vi}',
  '{"children without a dental home","Medicaid-enrolled families"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000052', '0a000000-0000-4000-8000-000000000024', 'Mobile Dental Van Visits',
  'The van parks at the school for a week: screenings, cleanings, sealants and fillings with parent consent.',
  -1, 12, '{during_school}', 'in_person', '{en,es,so,vi}', 'free', 8, 'schools', 5, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000053', '0a000000-0000-4000-8000-000000000024', 'Sealant and Fluoride Days',
  'One-day sealant and fluoride clinics. Suspended while the program hires a hygienist.',
  0, 8, '{during_school}', 'in_person', '{en,es}', 'free', 10, 'schools', 0, FALSE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000052', 'dental-health'),
 ('0f000000-0000-4000-8000-000000000053', 'dental-health');

-- 25 Full Weekends Food Bags (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000025', 'Full Weekends Food Bags',
  'Illustrative example of a weekend food backpack program: volunteers pack bags of kid-friendly, shelf-stable food that school staff send home discreetly on Fridays, and summer meal bags.',
  'https://fullweekends.example.org', 'School Program Coordinator', 'fullweekends@example.org', '206-555-0133', '1000 S Myrtle St', 'Seattle', 'WA', '98108',
  47.538, -122.319, NULL, '{Southeast,Southwest,Central,Northeast,Northwest,North}', '{en}',
  '{"students experiencing food insecurity"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000054', '0a000000-0000-4000-8000-000000000025', 'Weekend Food Bags',
  'A bag of food for the weekend sent home each Friday with enrolled students.',
  0, 12, '{after_school,weekend}', 'in_person', '{en}', 'free', 450, 'students', 400, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000055', '0a000000-0000-4000-8000-000000000025', 'Summer Meal Bags',
  'Weekly meal bags picked up at summer sites.',
  0, 12, '{summer}', 'in_person', '{en}', 'free', 200, 'students', 60, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000054', 'food'),
 ('0f000000-0000-4000-8000-000000000055', 'food');

-- 26 TutorBridge Online (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000026', 'TutorBridge Online',
  'Illustrative example of a virtual tutoring nonprofit: trained volunteer tutors meet students online for homework help, math and English conversation practice, available to any school.',
  'https://tutorbridge.example.org', 'School Partnerships', 'tutorbridge@example.org', '206-555-0136', NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, '{}', '{en,es,vi,zh,so,ar,uk,ru}',
  '{"students anywhere with internet access","English learners"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000056', '0a000000-0000-4000-8000-000000000026', 'Online Homework Help and Tutoring',
  'Live one-to-one and small-group tutoring by video.',
  3, 12, '{after_school,evening,weekend}', 'virtual', '{en,es,vi,zh,so,ar}', 'free', 300, 'students', 140, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000057', '0a000000-0000-4000-8000-000000000026', 'Virtual English Conversation Partners',
  'Weekly online English conversation practice for English learners.',
  4, 12, '{evening,weekend}', 'virtual', '{en,es,vi,zh,ar,uk,ru}', 'free', 100, 'students', 40, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000056', 'tutoring'),
 ('0f000000-0000-4000-8000-000000000056', 'homework-help'),
 ('0f000000-0000-4000-8000-000000000056', 'math'),
 ('0f000000-0000-4000-8000-000000000057', 'english-learner-support');

-- 27 North Seattle Family Center (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000027', 'North Seattle Family Center',
  'Illustrative example of a Lake City family center: family navigation in home languages, a school pantry and clothing closet, and an after-school homework club for North Seattle families.',
  'https://northseattlefamilies.example.org', 'Family Center Director', 'nsfc@example.org', '206-555-0138', '12525 28th Ave NE', 'Seattle', 'WA', '98125',
  47.7215, -122.298, 8, '{North,Northeast,Northwest}', '{en,es,so,am,ti,ar}',
  '{"refugee and immigrant families","Latino","East African","Arabic-speaking"}',
  '{immigrant_refugee_led,bipoc_led}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000058', '0a000000-0000-4000-8000-000000000027', 'Family Navigation in Home Languages',
  'Navigators help families with school, health and benefits in Spanish, Somali, Amharic, Tigrinya and Arabic.',
  -1, 12, '{during_school,evening}', 'in_person', '{es,so,am,ti,ar,en}', 'free', 6, 'schools', 2, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000059', '0a000000-0000-4000-8000-000000000027', 'School Pantry and Clothing Closet',
  'A pantry and clothing closet open after school.',
  -1, 12, '{after_school}', 'in_person', '{en,es,so}', 'free', 200, 'students', 90, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000005a', '0a000000-0000-4000-8000-000000000027', 'Homework Club',
  'After-school homework and reading help.',
  0, 8, '{after_school}', 'in_person', '{en,es,so}', 'free', 50, 'students', 30, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000058', 'family-navigation'),
 ('0f000000-0000-4000-8000-000000000059', 'food'),
 ('0f000000-0000-4000-8000-000000000059', 'clothing'),
 ('0f000000-0000-4000-8000-000000000059', 'hygiene'),
 ('0f000000-0000-4000-8000-00000000005a', 'homework-help'),
 ('0f000000-0000-4000-8000-00000000005a', 'literacy');

-- 28 Northside Counseling Partners (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000028', 'Northside Counseling Partners',
  'Illustrative example of a school-based mental health provider for North Seattle schools: therapists on campus and skills groups for anxiety and grief.',
  'https://northsidecounseling.example.org', 'Clinical Supervisor', 'northside.counseling@example.org', '206-555-0139', '10700 Meridian Ave N', 'Seattle', 'WA', '98133',
  47.7072, -122.3336, NULL, '{North,Northeast,Northwest}', '{en,es,so}',
  '{"North Seattle families","children and youth with behavioral health needs"}',
  '{}', 'approved', NULL, '2026-08-20 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000005b', '0a000000-0000-4000-8000-000000000028', 'School-Based Mental Health Therapists',
  'A licensed therapist on campus two days a week, billed to insurance or grants, free to families.',
  0, 12, '{during_school}', 'in_person', '{en,es,so}', 'free', 6, 'schools', 3, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000005c', '0a000000-0000-4000-8000-000000000028', 'Anxiety and Grief Support Groups',
  'Eight-week skills groups, at school or online.',
  3, 12, '{during_school}', 'hybrid', '{en}', 'free', 150, 'students', 60, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000005b', 'mental-health'),
 ('0f000000-0000-4000-8000-00000000005c', 'mental-health'),
 ('0f000000-0000-4000-8000-00000000005c', 'sel-skills');

-- ------------------------------------------------------------
-- Invented example organizations (illustrative) that are pending (3) or suspended (2): matching must never
-- offer them. Their offerings overlap real needs on purpose (coding, soccer, vision, tutoring, coats).
-- 29 Rainier Valley Coders (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-000000000029', 'Rainier Valley Coders',
  'Illustrative example of a volunteer-run coding club for upper elementary and middle school students.',
  'https://rvcoders.example.org', 'Volunteer Lead', 'rvcoders@example.org', '206-555-0141', '4800 S Othello St', 'Seattle', 'WA', '98118',
  47.5381, -122.274, 5, '{Southeast}', '{en}',
  '{"students new to coding"}',
  '{youth_led}', 'pending', 'Registration received. Partnership agreement, insurance certificate and background checks pending.', NULL, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000005d', '0a000000-0000-4000-8000-000000000029', 'After-School Coding Club',
  'Scratch, Python and robotics projects after school.',
  4, 8, '{after_school}', 'in_person', '{en}', 'free', 60, 'students', 0, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000005d', 'coding');

-- 2a Northend Vision Van (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000002a', 'Northend Vision Van',
  'Illustrative example of a mobile vision screening service that provides free glasses to students who fail a screening.',
  'https://northendvision.example.org', 'Program Coordinator', 'visionvan@example.org', '206-555-0142', '13000 Lake City Way NE', 'Seattle', 'WA', '98125',
  47.724, -122.293, NULL, '{North,Northeast}', '{en,es}',
  '{"students without vision coverage"}',
  '{}', 'pending', 'Registration received. Insurance certificate and district data agreement pending.', NULL, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000005e', '0a000000-0000-4000-8000-00000000002a', 'Vision Screening and Free Glasses',
  'On-site vision screening and free glasses fitted at school.',
  0, 12, '{during_school}', 'in_person', '{en,es}', 'free', 10, 'schools', 0, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000005e', 'vision-health');

-- 2b Duwamish Valley Youth Soccer (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000002b', 'Duwamish Valley Youth Soccer',
  'Illustrative example of a neighborhood youth soccer league in South Park and Georgetown.',
  'https://dvsoccer.example.org', 'League Coordinator', 'dvsoccer@example.org', '206-555-0143', '8319 8th Ave S', 'Seattle', 'WA', '98108',
  47.529, -122.323, 6, '{Southwest}', '{es,en}',
  '{"Latino","South Park families"}',
  '{latinx_led}', 'pending', 'Registration received. Coach background checks pending.', NULL, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-00000000005f', '0a000000-0000-4000-8000-00000000002b', 'Neighborhood Soccer League',
  'Fall and spring soccer seasons with volunteer coaches.',
  1, 8, '{after_school,weekend}', 'in_person', '{es,en}', 'sliding_scale', 120, 'students', 0, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-00000000005f', 'team-sports');

-- 2c Quickstart Test Prep (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000002c', 'Quickstart Test Prep',
  'Illustrative example of a for-profit online test-prep and math tutoring company.',
  'https://quickstartprep.example.org', 'Sales Team', 'quickstart@example.org', '206-555-0144', NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, '{}', '{en}',
  '{"college-bound high school students"}',
  '{}', 'suspended', 'Suspended: certificate of liability insurance expired. Reinstated once a current certificate is on file.', '2026-10-05 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000060', '0a000000-0000-4000-8000-00000000002c', 'Online SAT and ACT Prep',
  'Eight-week online test-prep course.',
  10, 12, '{evening,weekend}', 'virtual', '{en}', 'fee', 50, 'students', 10, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000061', '0a000000-0000-4000-8000-00000000002c', 'Online Math Intensive',
  'Online small-group math tutoring.',
  6, 10, '{evening}', 'virtual', '{en}', 'fee', 40, 'students', 5, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000060', 'college-readiness'),
 ('0f000000-0000-4000-8000-000000000060', 'tutoring'),
 ('0f000000-0000-4000-8000-000000000061', 'math');

-- 2d Neighborhood Coats Collective (illustrative)
INSERT INTO organization (id, name, description, website, contact_name, email, phone, street, city, state, postal_code,
                          latitude, longitude, service_radius_km, service_regions, staff_languages, communities_served,
                          leadership, vetting_status, vetting_note, vetted_at, version) VALUES
 ('0a000000-0000-4000-8000-00000000002d', 'Neighborhood Coats Collective',
  'Illustrative example of a volunteer coat drive that delivers winter coats to schools.',
  'https://coatscollective.example.org', 'Volunteer Coordinator', 'coats@example.org', '206-555-0145', '2200 S Jackson St', 'Seattle', 'WA', '98144',
  47.5993, -122.302, NULL, '{Central,Southeast}', '{en}',
  '{"students experiencing poverty"}',
  '{}', 'suspended', 'Suspended: volunteer background-check records out of date.', '2026-09-28 10:00:00-07'::timestamptz, 0);
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000062', '0a000000-0000-4000-8000-00000000002d', 'Winter Coats for Students',
  'New winter coats delivered to schools in November.',
  0, 12, '{during_school}', 'in_person', '{en}', 'free', 500, 'students', 120, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000062', 'clothing');

-- Adult education for parents (grade AE = 13): classes for the parents of enrolled students, which only
-- household-level needs (family engagement, basic needs, early learning) may ask for.
INSERT INTO offering (id, organization_id, name, description, grade_low, grade_high, timings, modality, languages,
                      cost, capacity, capacity_unit, capacity_used, active, version) VALUES
 ('0f000000-0000-4000-8000-000000000063', '0a000000-0000-4000-8000-000000000001', 'English and Citizenship Classes for Adults',
  'Evening and Saturday English classes for adult immigrants, from beginner to advanced, with citizenship test preparation. Bilingual Chinese and Cantonese teaching assistants.',
  13, 13, '{evening,weekend}', 'in_person', '{en,zh,yue}', 'free', 60, 'students', 20, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000064', '0a000000-0000-4000-8000-00000000001d', 'Adult ESL and GED Classes in Spanish',
  'English as a second language and GED preparation in Spanish for parents and other adults, weekday evenings, with childcare during class.',
  13, 13, '{evening}', 'in_person', '{es,en}', 'free', 50, 'students', 15, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000065', '0a000000-0000-4000-8000-00000000001b', 'Adult English and Digital Literacy for Parents',
  'Beginner English and computer basics for refugee and immigrant parents at the High Point center, with interpreters in Somali, Vietnamese, Amharic, Tigrinya and Oromo.',
  13, 13, '{evening}', 'in_person', '{en,so,vi,am,ti,om}', 'free', 40, 'students', 10, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000066', '0a000000-0000-4000-8000-00000000000c', 'Parent English Literacy and GED Classes',
  'English reading, conversation and GED preparation for East African parents, taught with Somali, Oromo, Amharic and Tigrinya-speaking assistants, evenings and Saturdays.',
  13, 13, '{evening,weekend}', 'in_person', '{so,om,am,ti,en}', 'free', 45, 'students', 12, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000067', '0a000000-0000-4000-8000-000000000026', 'Online English Conversation for Parents',
  'Weekly online English conversation practice for parents and caregivers with volunteer partners.',
  13, 13, '{evening,weekend}', 'virtual', '{en,es,vi,zh,so,ar}', 'free', 80, 'students', 25, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000068', '0a000000-0000-4000-8000-000000000013', 'Computer and Job Skills Classes for Vietnamese-Speaking Parents',
  'Computer basics, e-mail, online school portals and job search skills for Vietnamese- and Khmer-speaking parents, evenings and weekends.',
  13, 13, '{evening,weekend}', 'in_person', '{vi,km,en}', 'free', 30, 'students', 8, TRUE, 0),
 ('0f000000-0000-4000-8000-000000000069', '0a000000-0000-4000-8000-000000000027', 'Adult ESL for Parents',
  'Beginner and intermediate English classes for parents in North Seattle, with childcare.',
  13, 13, '{evening}', 'in_person', '{en,es,so,am,ti,ar}', 'free', 40, 'students', 10, TRUE, 0),
 ('0f000000-0000-4000-8000-00000000006a', '0a000000-0000-4000-8000-00000000001e', 'English for Workers and Parents',
  'English classes for day laborers, domestic workers and parents, in Spanish and English. Full this term.',
  13, 13, '{evening}', 'in_person', '{es,en}', 'free', 25, 'students', 25, TRUE, 0);
INSERT INTO offering_category (offering_id, category_code) VALUES
 ('0f000000-0000-4000-8000-000000000063', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000064', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000065', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000066', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000067', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000068', 'family-workshops'),
 ('0f000000-0000-4000-8000-000000000069', 'family-workshops'),
 ('0f000000-0000-4000-8000-00000000006a', 'family-workshops');

-- ============================================================ needs
-- Partner deserts (no approved, active offering fits category, grades and service area) are marked below.
-- Aki Kurose Middle School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000001', '5c000000-0000-4000-8000-000000000001', 'math', 'After-school math tutoring for grades 6-8',
  '40 students in grades 6-8 need math tutoring after school. Many families speak Somali, so a tutor or staff member who can talk with parents in Somali would help a lot.',
  6, 8, 40, 'high', '{after_school}', '{so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000002', '5c000000-0000-4000-8000-000000000001', 'mentoring', 'Mentoring for Black male students',
  'We have a group of Black male students, mostly 7th and 8th graders, who would benefit from consistent mentors who look like them. After school or weekends works best.',
  6, 8, 25, 'high', '{after_school,weekend}', '{en}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000003', '5c000000-0000-4000-8000-000000000001', 'attendance-engagement', 'Attendance support for chronically absent students',
  'About 60 students missed more than 10 percent of school last year. We need daily check-ins and family outreach, especially with Somali- and Spanish-speaking families.',
  6, 8, 60, 'high', '{before_school,during_school}', '{so,es}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000004', '5c000000-0000-4000-8000-000000000001', 'family-navigation', 'Somali-speaking family engagement',
  'Parents tell us they do not understand the grading system and conferences. We need someone who can meet Somali-speaking families in the evening and walk them through it.',
  6, 8, 120, 'medium', '{evening}', '{so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000005', '5c000000-0000-4000-8000-000000000001', 'mental-health', 'School-based counseling',
  'Our counselor has a waitlist of 30 students. We need a mental health provider who can see students at school.',
  6, 8, 30, 'urgent', '{during_school}', '{}', 'open', 0);

-- Rising Star Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000006', '5c000000-0000-4000-8000-000000000002', 'literacy', 'Reading support for K-2 newcomer families',
  'About 35 of our youngest readers are newcomers whose families speak Amharic and Tigrinya. We need reading support for K-2, ideally with someone who can include parents.',
  0, 2, 35, 'high', '{during_school,after_school}', '{am,ti}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000007', '5c000000-0000-4000-8000-000000000002', 'english-learner-support', 'English-learner support for newcomer students',
  '50 newcomer students in grades K-5 need extra English-language support beyond what our ELL teachers can give.',
  0, 5, 50, 'high', '{after_school}', '{am,ti,so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000008', '5c000000-0000-4000-8000-000000000002', 'baby-supplies', 'Diapers for families with babies at home',
  'Many of our families have babies and toddlers at home and are running short of diapers.',
  0, 5, 20, 'medium', '{}', '{am,ti}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000009', '5c000000-0000-4000-8000-000000000002', 'food', 'Food for the weekend',
  'Our family support worker counts about 80 students who go without enough food over the weekend.',
  0, 5, 80, 'high', '{weekend}', '{}', 'open', 0);

-- Madrona Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000000a', '5c000000-0000-4000-8000-000000000003', 'family-workshops', 'Parent workshops on reading at home',
  'Families asked for evening workshops on how to support reading at home, with Somali and Amharic interpretation.',
  -1, 5, 40, 'medium', '{evening}', '{so,am}', 'open', 0),
  -- PARTNER DESERT: summer learning for pre-K: every summer offering starts at kindergarten or later
 ('0e000000-0000-4000-8000-00000000000b', '5c000000-0000-4000-8000-000000000003', 'summer-learning', 'Summer program for incoming pre-K students',
  'Our incoming pre-K students would benefit from a few weeks of summer play-based learning before they start.',
  -1, -1, 18, 'medium', '{summer}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000000c', '5c000000-0000-4000-8000-000000000003', 'in-class-support', 'In-class math and literacy support for grades 3-5',
  'Our 3rd-5th grade classrooms need trained adults to run small groups in math and reading during the day.',
  3, 5, 60, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000000d', '5c000000-0000-4000-8000-000000000003', 'before-after-school-care', 'After-school care for working families',
  '40 families need care until 6pm on school days.',
  0, 5, 40, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000000e', '5c000000-0000-4000-8000-000000000003', 'school-supplies', 'Backpacks and school supplies',
  'Backpacks and supplies for students at the start of the year.',
  0, 5, 100, 'low', '{during_school}', '{}', 'met', 0);

-- Bailey Gatzert Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000000f', '5c000000-0000-4000-8000-000000000004', 'baby-supplies', 'Families need diapers and baby supplies',
  'Many of our families have infants and toddlers at home. They need diapers, wipes and baby clothing, and a few need car seats.',
  0, 5, 30, 'high', '{}', '{so,vi,yue}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000010', '5c000000-0000-4000-8000-000000000004', 'clothing', 'Students need warm coats and shoes',
  'About 75 students come to school without a warm coat or with worn-out shoes, especially in winter.',
  0, 5, 75, 'urgent', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000011', '5c000000-0000-4000-8000-000000000004', 'family-navigation', 'Cantonese-speaking family navigation',
  'We need help communicating with Cantonese- and Mandarin-speaking families about enrollment, conferences and services.',
  0, 5, 45, 'high', '{during_school,evening}', '{yue,zh}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000012', '5c000000-0000-4000-8000-000000000004', 'dental-health', 'Dental screenings and care',
  'Teachers see students with tooth pain. We would like a dental van or clinic to screen and treat students at school.',
  0, 5, 120, 'medium', '{during_school}', '{}', 'open', 0);

-- Middle College High School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000013', '5c000000-0000-4000-8000-000000000005', 'music', 'Music production and recording for students',
  'Our students want to make music. We need a partner with a recording studio who can teach production and songwriting.',
  9, 12, 20, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000014', '5c000000-0000-4000-8000-000000000005', 'college-readiness', 'College and financial aid support for first-generation students',
  'Most of our seniors would be the first in their family to go to college. They need help with applications and FAFSA/WASFA.',
  11, 12, 40, 'high', '{during_school,after_school}', '{es}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000015', '5c000000-0000-4000-8000-000000000005', 'internships', 'Paid internships for juniors and seniors',
  'Students need paid work experience over the summer so they do not have to choose between a job and learning.',
  11, 12, 25, 'medium', '{summer}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000016', '5c000000-0000-4000-8000-000000000005', 'mental-health', 'Mental health counseling on campus',
  'Several students are struggling with anxiety and depression and cannot get to appointments off campus.',
  9, 12, 25, 'high', '{during_school}', '{}', 'open', 0);

-- Rainier Beach High School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000017', '5c000000-0000-4000-8000-000000000006', 'mentoring', 'Mentors for Black young men in grades 9-10',
  'We want every 9th and 10th grade Black young man who wants one to have a mentor.',
  9, 10, 30, 'high', '{after_school}', '{en}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000018', '5c000000-0000-4000-8000-000000000006', 'college-readiness', 'College application and financial aid help',
  'Seniors need one-on-one help finishing college applications and financial aid forms.',
  12, 12, 80, 'high', '{during_school,after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000019', '5c000000-0000-4000-8000-000000000006', 'mental-health', 'Mental health support for students',
  'We need more counseling capacity, with staff who can work with Somali and Vietnamese families.',
  9, 12, 40, 'urgent', '{during_school}', '{so,vi}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000001a', '5c000000-0000-4000-8000-000000000006', 'music', 'Recording studio time for student musicians',
  'Students in our music program want to record and produce their own tracks.',
  9, 12, 15, 'low', '{after_school}', '{}', 'open', 0);

-- Dearborn Park International Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000001b', '5c000000-0000-4000-8000-000000000007', 'homework-help', 'Homework help for Chinese-speaking students',
  'About 30 students in grades 1-5 from Chinese-speaking families need homework help after school.',
  1, 5, 30, 'medium', '{after_school}', '{zh,yue}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000001c', '5c000000-0000-4000-8000-000000000007', 'environmental', 'Garden-based science lessons',
  'We have a school garden and want a partner to teach garden-based science to grades 2-5.',
  2, 5, 60, 'low', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000001d', '5c000000-0000-4000-8000-000000000007', 'parent-leadership', 'Vietnamese parent leadership group',
  'Vietnamese-speaking parents want to form a parent group to advise the school.',
  0, 5, 25, 'medium', '{evening}', '{vi}', 'open', 0);

-- Emerson Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000001e', '5c000000-0000-4000-8000-000000000008', 'literacy', 'Reading tutors for grades 1-3',
  '45 students in grades 1-3 are reading below grade level and need one-on-one tutoring during the day.',
  1, 3, 45, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000001f', '5c000000-0000-4000-8000-000000000008', 'family-navigation', 'Oromo- and Somali-speaking family engagement',
  'We need help building relationships with Oromo- and Somali-speaking families.',
  0, 5, 60, 'medium', '{evening}', '{om,so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000020', '5c000000-0000-4000-8000-000000000008', 'dental-health', 'Dental sealants and screenings',
  'Dental screenings and sealants for all students with parent consent.',
  0, 5, 150, 'medium', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000021', '5c000000-0000-4000-8000-000000000008', 'team-sports', 'After-school soccer for grades 3-5',
  'Our 3rd-5th graders have no after-school sports. Soccer is the most requested.',
  3, 5, 40, 'low', '{after_school}', '{}', 'open', 0);

-- Van Asselt Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000022', '5c000000-0000-4000-8000-000000000009', 'family-navigation', 'Vietnamese-speaking family navigation',
  'Vietnamese-speaking families need help with enrollment, conferences and services.',
  0, 5, 70, 'high', '{during_school,evening}', '{vi}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000023', '5c000000-0000-4000-8000-000000000009', 'english-learner-support', 'English-learner tutoring for newcomers',
  '40 newcomer students in grades 1-5 need English-language tutoring after school.',
  1, 5, 40, 'high', '{after_school}', '{vi,zh,so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000024', '5c000000-0000-4000-8000-000000000009', 'in-class-support', 'In-class math support for grades 3-5',
  'Small-group math support in 3rd-5th grade classrooms.',
  3, 5, 55, 'medium', '{during_school}', '{}', 'met', 0),
 ('0e000000-0000-4000-8000-000000000025', '5c000000-0000-4000-8000-000000000009', 'fitness', 'Swim lessons for 3rd graders',
  'Most of our 3rd graders cannot swim. We want water-safety lessons for the whole grade.',
  3, 3, 70, 'low', '{during_school}', '{}', 'open', 0);

-- Mercer International Middle School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000026', '5c000000-0000-4000-8000-00000000000a', 'coding', 'Coding and computer science enrichment',
  'Students want coding and robotics. We do not have a computer science teacher.',
  6, 8, 40, 'medium', '{during_school,after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000027', '5c000000-0000-4000-8000-00000000000a', 'attendance-engagement', 'Attendance and engagement support',
  '45 students are chronically absent. We need case management and check-ins.',
  6, 8, 45, 'high', '{during_school}', '{zh,vi}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000028', '5c000000-0000-4000-8000-00000000000a', 'youth-leadership', 'Leadership group for girls of color',
  'A group of 8th grade girls asked for a leadership and identity group.',
  6, 8, 25, 'medium', '{during_school,after_school}', '{}', 'open', 0);

-- Denny International Middle School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000029', '5c000000-0000-4000-8000-00000000000b', 'tutoring', 'After-school tutoring in Spanish and Vietnamese',
  '50 students need tutoring after school from tutors who can speak Spanish or Vietnamese.',
  6, 8, 50, 'high', '{after_school}', '{es,vi}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000002a', '5c000000-0000-4000-8000-00000000000b', 'in-class-support', 'Near-peer tutors in 6th grade classrooms',
  'Our 6th grade teachers want trained near-peer tutors in math and ELA classes.',
  6, 6, 90, 'medium', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000002b', '5c000000-0000-4000-8000-00000000000b', 'mental-health', 'Counseling for students and families',
  'Students and families need counseling in Spanish and Vietnamese.',
  6, 8, 30, 'high', '{during_school,after_school}', '{es,vi}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000002c', '5c000000-0000-4000-8000-00000000000b', 'sel-skills', 'Support for LGBTQ+ students and our GSA',
  'Our GSA needs an adult partner and students need a safe space.',
  6, 8, 15, 'medium', '{after_school}', '{}', 'open', 0);

-- Chief Sealth International High School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000002d', '5c000000-0000-4000-8000-00000000000c', 'career-exploration', 'Career exploration and job shadows',
  'Students in grades 9-12 need career exploration and job-shadow opportunities.',
  9, 12, 100, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000002e', '5c000000-0000-4000-8000-00000000000c', 'family-workshops', 'Spanish-language family workshops',
  'Spanish-speaking parents want evening workshops on graduation requirements and college.',
  9, 12, 60, 'medium', '{evening}', '{es}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000002f', '5c000000-0000-4000-8000-00000000000c', 'media-arts', 'Music and media arts for students',
  'Students want podcasting, film and music production.',
  9, 12, 25, 'low', '{after_school}', '{}', 'open', 0);

-- Roxhill Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000030', '5c000000-0000-4000-8000-00000000000d', 'food', 'Weekend food bags for families',
  '70 students need food to take home for the weekend.',
  0, 5, 70, 'high', '{weekend}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000031', '5c000000-0000-4000-8000-00000000000d', 'literacy', 'Reading tutoring for grades 2-3',
  '30 students in grades 2-3 need extra reading practice.',
  2, 3, 30, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000032', '5c000000-0000-4000-8000-00000000000d', 'clothing', 'Clothing and shoes for students',
  '40 students need new clothes and shoes.',
  0, 5, 40, 'medium', '{}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000033', '5c000000-0000-4000-8000-00000000000d', 'family-navigation', 'Family navigation in Spanish',
  'Spanish-speaking families need a navigator for school and community services.',
  0, 5, 40, 'medium', '{evening}', '{es}', 'open', 0);

-- Concord International Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000034', '5c000000-0000-4000-8000-00000000000e', 'homework-help', 'Bilingual after-school homework help',
  '40 students need a bilingual Spanish-English after-school program.',
  0, 5, 40, 'high', '{after_school}', '{es}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000035', '5c000000-0000-4000-8000-00000000000e', 'family-workshops', 'English classes for parents',
  'Parents asked for English classes in the evening.',
  0, 5, 30, 'medium', '{evening}', '{es}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000036', '5c000000-0000-4000-8000-00000000000e', 'dental-health', 'Dental care for students',
  'Many students have never seen a dentist.',
  0, 5, 100, 'medium', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000037', '5c000000-0000-4000-8000-00000000000e', 'team-sports', 'After-school soccer league',
  'Soccer league for grades 1-5.',
  1, 5, 40, 'low', '{after_school}', '{}', 'closed', 0);

-- South Shore PK-8
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000038', '5c000000-0000-4000-8000-00000000000f', 'stem', 'STEM enrichment for middle grades',
  'Our 6th-8th graders need hands-on STEM projects.',
  6, 8, 40, 'medium', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000039', '5c000000-0000-4000-8000-00000000000f', 'before-after-school-care', 'Before-school care',
  'Working families need care starting at 7am.',
  0, 5, 30, 'medium', '{before_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000003a', '5c000000-0000-4000-8000-00000000000f', 'performing-arts', 'Theater or dance residency for grades 3-5',
  'We would like a theater or dance residency for our 3rd-5th graders.',
  3, 5, 75, 'low', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000003b', '5c000000-0000-4000-8000-00000000000f', 'baby-supplies', 'Baby supplies for families with infants',
  'Families in our pre-K and early grades have infants at home and need diapers and gear.',
  -1, 2, 15, 'medium', '{}', '{so,am}', 'open', 0);

-- Olympic Hills Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
  -- PARTNER DESERT: vision: the only vision offering belongs to a pending (not yet approved) organization
 ('0e000000-0000-4000-8000-00000000003c', '5c000000-0000-4000-8000-000000000010', 'vision-health', 'Vision screening and glasses',
  'Teachers suspect many students need glasses. We need screening and free glasses.',
  0, 5, 60, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000003d', '5c000000-0000-4000-8000-000000000010', 'family-navigation', 'Family navigation for Amharic, Tigrinya and Somali families',
  'Our East African families need help navigating school and services.',
  -1, 5, 50, 'high', '{evening}', '{am,ti,so}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000003e', '5c000000-0000-4000-8000-000000000010', 'mental-health', 'School-based counseling',
  '25 students need counseling during the school day.',
  0, 5, 25, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000003f', '5c000000-0000-4000-8000-000000000010', 'homework-help', 'After-school homework club',
  '40 students in grades 1-5 need a place to do homework after school.',
  1, 5, 40, 'medium', '{after_school}', '{es,so}', 'open', 0);

-- Northgate Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
  -- PARTNER DESERT: dental in the North region: the dental van serves South and Central Seattle and the sealant program is inactive
 ('0e000000-0000-4000-8000-000000000040', '5c000000-0000-4000-8000-000000000011', 'dental-health', 'Dental screenings and care',
  'Many students have untreated cavities. We need dental screening and care at school.',
  0, 5, 80, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000041', '5c000000-0000-4000-8000-000000000011', 'food', 'Weekend food for families',
  '60 students need food for the weekend.',
  0, 5, 60, 'high', '{weekend}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000042', '5c000000-0000-4000-8000-000000000011', 'family-navigation', 'Arabic- and Somali-speaking family outreach',
  'We need help reaching Arabic- and Somali-speaking families.',
  0, 5, 30, 'medium', '{evening}', '{ar,so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000043', '5c000000-0000-4000-8000-000000000011', 'english-learner-support', 'English practice for upper-grade English learners',
  '25 students in grades 4-5 need more English conversation practice.',
  4, 5, 25, 'medium', '{after_school,evening}', '{ar,es}', 'open', 0);

-- Garfield High School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000044', '5c000000-0000-4000-8000-000000000012', 'mentoring', 'Mentoring for Black students',
  'Black students in grades 9-12 asked for mentors.',
  9, 12, 30, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000045', '5c000000-0000-4000-8000-000000000012', 'college-readiness', 'College readiness for first-generation students',
  'First-generation juniors and seniors need college guidance.',
  11, 12, 60, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000046', '5c000000-0000-4000-8000-000000000012', 'sel-skills', 'Support for LGBTQ+ students',
  'Our LGBTQ+ students need a safe space and a partner for the GSA.',
  9, 12, 20, 'medium', '{after_school}', '{}', 'open', 0);

-- Wing Luke Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000047', '5c000000-0000-4000-8000-000000000013', 'family-navigation', 'Vietnamese and Chinese family navigation',
  'Families who speak Vietnamese and Chinese need help with school and services.',
  0, 5, 50, 'high', '{during_school,evening}', '{vi,zh}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000048', '5c000000-0000-4000-8000-000000000013', 'before-after-school-care', 'After-school care',
  '40 families need after-school care.',
  0, 5, 40, 'medium', '{after_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000049', '5c000000-0000-4000-8000-000000000013', 'clothing', 'Coats and shoes before winter',
  '50 students need warm coats and shoes before winter.',
  0, 5, 50, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000004a', '5c000000-0000-4000-8000-000000000013', 'housing-utilities', 'Utility shutoff assistance for families',
  'Several families have received utility shutoff notices.',
  0, 5, 15, 'high', '{}', '{vi,so}', 'open', 0);

-- Broadview-Thomson K-8
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
  -- PARTNER DESERT: housing in the North region: every housing/utilities offering serves Central and South Seattle only
 ('0e000000-0000-4000-8000-00000000004b', '5c000000-0000-4000-8000-000000000014', 'housing-utilities', 'Housing stability support for families',
  '25 students are in families facing eviction or doubled up. We need rent and housing help near North Seattle.',
  0, 8, 25, 'high', '{}', '{es,so}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000004c', '5c000000-0000-4000-8000-000000000014', 'mental-health', 'Mental health counseling',
  '30 students need counseling at school.',
  0, 8, 30, 'high', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000004d', '5c000000-0000-4000-8000-000000000014', 'homework-help', 'Homework help in Spanish and Somali',
  'Students in grades 3-8 need homework help after school from tutors who speak Spanish or Somali.',
  3, 8, 35, 'medium', '{after_school}', '{es,so}', 'open', 0),
 ('0e000000-0000-4000-8000-00000000004e', '5c000000-0000-4000-8000-000000000014', 'clothing', 'Clothing closet',
  'A clothing closet for students.',
  0, 8, 40, 'low', '{}', '{}', 'met', 0);

-- Laurelhurst Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-00000000004f', '5c000000-0000-4000-8000-000000000015', 'environmental', 'Field science for 4th grade',
  'Our 4th graders would like outdoor and garden science lessons.',
  4, 4, 75, 'low', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000050', '5c000000-0000-4000-8000-000000000015', 'mental-health', 'Anxiety support groups',
  'A small group of upper-grade students need anxiety support groups.',
  3, 5, 20, 'low', '{during_school}', '{}', 'open', 0);

-- Hamilton International Middle School
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000051', '5c000000-0000-4000-8000-000000000016', 'performing-arts', 'Theater residency',
  'A drama residency for 6th grade.',
  6, 6, 120, 'low', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000052', '5c000000-0000-4000-8000-000000000016', 'sel-skills', 'GSA support',
  'Our GSA would like an outside partner.',
  6, 8, 20, 'low', '{after_school}', '{}', 'open', 0);

-- Whittier Elementary
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000053', '5c000000-0000-4000-8000-000000000017', 'literacy', 'Reading tutoring for struggling readers',
  'About 12 students in grades 1-3 need extra reading tutoring.',
  1, 3, 12, 'low', '{during_school}', '{}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000054', '5c000000-0000-4000-8000-000000000017', 'before-after-school-care', 'Before-school care',
  'Before-school care for working families.',
  0, 5, 30, 'low', '{before_school}', '{}', 'closed', 0);

-- Adult education for parents (AE = 13): household-level needs
INSERT INTO need (id, school_id, category_code, title, description, grade_low, grade_high, students_affected,
                  priority, timings, languages, status, version) VALUES
 ('0e000000-0000-4000-8000-000000000055', '5c000000-0000-4000-8000-000000000001', 'family-workshops', 'English classes for Somali-speaking parents',
  'Many of our Somali-speaking parents ask for English classes in the evening so they can talk with teachers and help with homework. A teacher or assistant who speaks Somali would help beginners.',
  13, 13, 30, 'medium', '{evening}', '{so}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000056', '5c000000-0000-4000-8000-00000000000e', 'family-workshops', 'ESL and GED classes for Spanish-speaking parents',
  'Parents at our school want to learn English and finish their GED. Evening classes taught in Spanish, ideally with childcare, would let them come.',
  13, 13, 40, 'medium', '{evening}', '{es}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000057', '5c000000-0000-4000-8000-000000000009', 'family-workshops', 'Computer and job skills classes for Vietnamese-speaking parents',
  'Vietnamese-speaking parents ask for help using computers, the school portal and e-mail, and with job skills. Evenings or weekends in Vietnamese.',
  13, 13, 25, 'low', '{evening,weekend}', '{vi}', 'open', 0),
 ('0e000000-0000-4000-8000-000000000058', '5c000000-0000-4000-8000-000000000004', 'family-workshops', 'English classes for Chinese-speaking parents',
  'Mandarin- and Cantonese-speaking parents would like English classes close to school in the evening or on Saturdays.',
  13, 13, 30, 'medium', '{evening,weekend}', '{zh,yue}', 'open', 0);
