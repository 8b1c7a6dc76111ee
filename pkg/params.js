// Generated from params/ by tests/pkg_fresh.rs (scripts/build-wasm.sh). Do not edit.
// The policy parameter data, in the line format of src/params/data.rs, without the
// descriptions of its sources (pkg/sources.js). The wasm module does not embed it: hand it
// over once per instance with load_data(text).
export default `N	CN	中华人民共和国（全国）	China (national parameters)	
P	backcast_wage_growth	ratio
E	1998-01		0.08	nbs_wage_series	assumption		
P	base_ceiling_ratio	ratio
E	1997-07		3	reprint_taiyuan_1998_104	unverified		
E	2019-05		3	gov_guobanfa_2019_13	verified		
P	base_floor_ratio	ratio
E	1997-07		0.6	reprint_taiyuan_1998_104	unverified		
E	2019-05		0.6	gov_guobanfa_2019_13	verified		
P	basic_base	rule
E	2006-01			gov_guofa_2005_38	unverified	c	
P	crediting_rate	ratio
E	1996-01		0.1098	tables_deposit_rates	unverified		
E	1997-01		0.0747	tables_deposit_rates	unverified		
E	1998-01		0.0567	tables_deposit_rates	unverified		
E	1999-01		0.0378	tables_deposit_rates	unverified		
E	2000-01		0.0225	tables_deposit_rates	unverified		
E	2001-01		0.0225	tables_deposit_rates	unverified		
E	2002-01		0.0225	tables_deposit_rates	unverified		
E	2003-01		0.0198	tables_deposit_rates	unverified		
E	2004-01		0.0198	tables_deposit_rates	unverified		
E	2005-01		0.0225	tables_deposit_rates	unverified		
E	2006-01		0.0225	tables_deposit_rates	unverified		
E	2007-01		0.0252	tables_deposit_rates	unverified		
E	2008-01		0.0414	tables_deposit_rates	unverified		
E	2009-01		0.0225	pbc_recalled	unverified		
E	2010-01		0.0225	pbc_recalled	unverified		
E	2011-01		0.0275	chinadaily_rates	unverified		
E	2012-01		0.0350	chinadaily_rates	unverified		
E	2013-01		0.0300	chinadaily_rates	unverified		
E	2014-01		0.0300	pbc_recalled	unverified		
E	2015-01		0.0275	pbc_recalled	unverified		
E	2016-01		0.0831	news_aietools_2016rate	corroborated		
E	2017-01		0.0712	gh_calcs	corroborated		
E	2018-01		0.0829	gh_calcs	corroborated		
E	2019-01		0.0761	gh_calcs	corroborated		
E	2020-01		0.0604	gh_calcs	corroborated		
E	2021-01		0.0669	gh_calcs	unverified		
E	2022-01		0.0612	page_wodefinance_2022rate	corroborated		
E	2023-01		0.0397	page_isslerlaw_2023rate	corroborated		
E	2024-01		0.0262	gh_calcs	corroborated		
E	2025-01		0.0150	gh_calcs	unverified		
P	default_crediting_rate	ratio
E	2025-01		0.025	project_assumption	assumption		
P	default_crediting_rate_sd	ratio
E	2025-01		0.01	project_assumption	assumption		
P	default_pension_adjustment	ratio
E	2025-01		0.02	project_assumption	assumption		
P	default_pension_adjustment_sd	ratio
E	2025-01		0.01	project_assumption	assumption		
P	default_resident_base_growth	ratio
E	2025-01		0.02	project_assumption	assumption		
P	default_resident_interest	ratio
E	2025-01		0.015	project_assumption	assumption		
P	default_wage_growth	ratio
E	2025-01		0.04	project_assumption	assumption		
P	default_wage_growth_sd	ratio
E	2025-01		0.015	project_assumption	assumption		
P	divisor_rule	rule
E	2006-01			gov_guofa_2005_38	unverified	whole_age	
P	divisor_table	months
E	2006-01			gov_guofa_2005_38	unverified		
D	40	233
D	41	230
D	42	226
D	43	223
D	44	220
D	45	216
D	46	212
D	47	208
D	48	204
D	49	199
D	50	195
D	51	190
D	52	185
D	53	180
D	54	175
D	55	170
D	56	164
D	57	158
D	58	152
D	59	145
D	60	139
D	61	132
D	62	125
D	63	117
D	64	109
D	65	101
D	66	93
D	67	84
D	68	75
D	69	65
D	70	56
P	employee_individual_rate	ratio
E	1997-07		0.04	reprint_guofa_1997_26	unverified		
E	1998-01		0.05	gov_guofa_1997_26	unverified		
E	2000-01		0.06	gov_guofa_1997_26	unverified		
E	2002-01		0.07	gov_guofa_1997_26	unverified		
E	2004-01		0.08	gov_guofa_1997_26	unverified		
E	2006-01		0.08	gov_guofa_2005_38	unverified		
P	employer_rate	ratio
E	1997-07		0.20	towerswatson_2019	unverified		
E	2019-05		0.16	gov_guobanfa_2019_13	verified		
P	flex_rate	ratio
E	1998-01		0.20	gov_guofa_1997_26	unverified		
E	2006-01		0.20	gov_guofa_2005_38	unverified		
P	flex_women_retirement_age	years
E	1978-06		55	project_assumption	unverified		
P	flexible_retirement_months	months
E	2025-01		36	npc_2024_decision	verified		
P	individual_account_rate	ratio
E	1997-07		0.11	reprint_guofa_1997_26	unverified		
E	2006-01		0.08	gov_guofa_2005_38	unverified		
P	life_expectancy_man	years
E	2019-01			who_gho_lifetable_cn_2019	verified		
L	50	27.64
L	55	23.31
L	60	19.19
L	65	15.32
L	70	11.73
L	75	8.65
L	80	5.94
P	life_expectancy_woman	years
E	2019-01			who_gho_lifetable_cn_2019	verified		
L	50	32.18
L	55	27.56
L	60	23.08
L	65	18.8
L	70	14.79
L	75	11.22
L	80	8.08
P	location_min_months	months
E	2010-01		120	gov_guobanfa_2009_66	verified		
P	min_contribution_months	months
E	1998-01		180	law_social_insurance_16	verified		
E	2030-01		186	npc_2024_decision	verified		
E	2031-01		192	npc_2024_decision	verified		
E	2032-01		198	npc_2024_decision	verified		
E	2033-01		204	npc_2024_decision	verified		
E	2034-01		210	npc_2024_decision	verified		
E	2035-01		216	npc_2024_decision	verified		
E	2036-01		222	npc_2024_decision	verified		
E	2037-01		228	npc_2024_decision	verified		
E	2038-01		234	npc_2024_decision	verified		
E	2039-01		240	npc_2024_decision	verified		
P	oneoff_after_extension_months	months
E	2011-07		60	mohrss_order_13	unverified		
P	pension_adjustment	ratio
E	2016-01		0.065	news_cgtn_2017	unverified		
E	2017-01		0.055	news_cgtn_2017	corroborated		
E	2018-01		0.05	news_xinhua_2018	corroborated		
E	2019-01		0.05	news_chinadaily_2019	corroborated		
E	2020-01		0.05	news_xinhua_2021	corroborated		
E	2021-01		0.045	news_pm4x_2021	corroborated		
E	2022-01		0.04	news_people_2022	corroborated		
E	2023-01		0.038	news_people_2023	corroborated		
E	2024-01		0.03	news_indiatips_2024	corroborated		
E	2025-01		0.02	news_globaltimes_2025	corroborated		
P	print_rounding	rule
E	2006-01			project_assumption	assumption	fen	
P	resident_account_divisor	months
E	2014-02		139	page_divisor139	unverified		
P	resident_base_topup	yuan/month
E	2009-09		0	project_assumption	assumption		
P	resident_central_min	yuan/month
E	2009-09		55	news_cri_2014	unverified		
E	2014-07		70	news_12333si_2015	verified		
E	2018-01		88	news_workercn_2018	corroborated		
E	2020-07		93	news_chinadaily_2025_12	unverified		
E	2022-01		98	news_chinadaily_2025_12	unverified		
E	2023-01		103	news_newsflash_2024	unverified		
E	2024-01		123	news_newsflash_2024	corroborated		
E	2025-01		143	news_dragonplus_2025	corroborated		
E	2026-01		163	news_163_2026	unverified		
P	resident_claim_age	years
E	2009-09		60	reprint_guofa_2009_32	unverified		
E	2014-02		60	gov_guofa_2014_8	verified		
P	resident_interest	ratio
E	2009-09		0.015	project_assumption	assumption		
P	resident_long_service_extra	yuan/month/year
E	2009-09		0	project_assumption	assumption		
P	resident_min_years	years
E	2009-09		15	reprint_guofa_2009_32	unverified		
E	2014-02		15	gov_guofa_2014_8	verified		
P	resident_tiers	yuan/year
E	2009-09			gov_guofa_2009_32	unverified		
T	100	30
T	200	30
T	300	30
T	400	30
T	500	30
E	2014-02			gov_guofa_2014_8	unverified		
T	100	30
T	200	30
T	300	30
T	400	30
T	500	60
T	600	60
T	700	60
T	800	60
T	900	60
T	1000	60
T	1500	60
T	2000	60
P	retirement_age_man	years
E	1978-06		60	gov_guofa_1978_104	verified		
P	retirement_age_woman_cadre	years
E	1978-06		55	gov_guofa_1978_104	verified		
P	retirement_age_woman_worker	years
E	1978-06		50	gov_guofa_1978_104	verified		
P	retirement_delay_cap_50	months
E	2025-01		60	npc_2024_decision	verified		
P	retirement_delay_cap_55_60	months
E	2025-01		36	npc_2024_decision	verified		
P	retirement_delay_step_50	months
E	2025-01		2	npc_2024_decision	verified		
P	retirement_delay_step_55_60	months
E	2025-01		4	npc_2024_decision	verified		
P	temp_account_age_man	years
E	2010-01		50	gov_guobanfa_2009_66	verified		
P	temp_account_age_woman	years
E	2010-01		40	gov_guobanfa_2009_66	verified		
P	transfer_pooled_share	ratio
E	2010-01		0.12	gov_guobanfa_2009_66	verified		
P	transitional_coefficient	ratio
E	2006-01		0.012	gov_guofa_2005_38	unverified		
P	years_rule	rule
E	2006-01			gov_guofa_2005_38	unverified	exact	
R	AH	安徽省	Anhui	
P	avg_wage	yuan/month
E	2024-01		7044	gh_jiabin_salary	unverified		
E	2025-01		7185	gh_idx_69669612486	corroborated		
E	2026-01		7257	gh_weante_wan	unverified		
P	base_ceiling	yuan/month
E	2024-01		21133	gh_jiabin_salary	unverified		
E	2025-01		21556	gh_idx_69669612486	corroborated		
E	2026-01		21772	gh_weante_wan	corroborated		
P	base_floor	yuan/month
E	2024-01		4227	gh_jiabin_salary	unverified		
E	2025-01		4311	gh_idx_69669612486	corroborated		
E	2026-01		4354	gh_weante_wan	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		7842	gh_idx_56713980740	unverified		
E	2025-01		7999	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2026-02			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
E	2021-10			aq_2021_flex	corroborated	allowed	
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2025-07		0.013	sheets_transcribed	unverified		
P	transitional_years	rule
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	up1	
R	BJ	北京市	Beijing	
P	avg_wage	yuan/month
E	2015-04		6463	memory	unverified		
E	2016-04		7086	gh_qch1976_policydata	corroborated		
E	2017-04		7706	gh_qch1976_policydata	unverified		
E	2018-04		8467	gh_qch1976_policydata	unverified		
E	2019-05		7855	gh_qch1976_policydata	unverified		
E	2021-07		9407	gh_qch1976_policydata	corroborated		
E	2022-07		10628	gh_qch1976_policydata	unverified		
E	2023-07		11297	gh_qch1976_policydata	unverified		
E	2024-07		11761	gh_qch1976_policydata	unverified		
E	2025-07		11937	bj_rs_2025_11_bases	verified		
E	2026-07		12116	bj_rs_2026_07_bases	verified		
P	base_ceiling	yuan/month
E	2015-04		19389	memory	unverified		
E	2016-04		21258	mazars_2016_06	unverified		
E	2017-04		23118	memory	unverified		
E	2018-04		25401	memory	unverified		
E	2021-07		28221	gh_linianhui_insurances	unverified		
E	2022-07		31884	gh_linianhui_insurances	unverified		
E	2023-07		33891	memory	unverified		
E	2024-07		35283	gh_linianhui_insurances	corroborated		
E	2025-07		35811	bj_rs_2025_11_bases	verified		
E	2026-07		36348	bj_rs_2026_07_bases	verified		
P	base_floor	yuan/month
E	2015-04		2585	memory	unverified		
E	2016-04		2834	memory	unverified		
E	2017-04		3082	memory	unverified		
E	2018-04		3387	memory	unverified		
E	2019-05		3613	zhihu_bj_base_2025	unverified		
E	2021-07		5360	gh_linianhui_insurances	unverified		
E	2022-07		5869	gh_linianhui_insurances	corroborated		
E	2023-07		6326	zhihu_bj_base_2025	corroborated		
E	2024-07		6821	gh_linianhui_insurances	corroborated		
E	2025-07		7162	bj_rs_2025_11_bases	verified		
E	2026-07		7270	bj_rs_2026_07_bases	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2015-01		6463	bj_ls_2007_21	unverified		
E	2016-01		7086	bj_ls_2007_21	unverified		
E	2017-01		7706	bj_ls_2007_21	unverified		
E	2018-01		8467	bj_ls_2007_21	unverified		
E	2020-01		9910	gh_qch1976_policydata	corroborated		
E	2021-01		10534	gh_qch1976_policydata	corroborated		
E	2022-01		11082	gh_qch1976_policydata	corroborated		
E	2023-01		11525	gh_qch1976_policydata	unverified		
E	2024-01		11883	bj_rs_2024_16_jishu	verified		
E	2025-01		12049	bj_rs_2025_13_jishu	verified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2007-01			bj_ls_2007_31	unverified	Account subsidy (个人账户补贴额, Z补贴) only for people moved from government/public institutions or the army into enterprise insurance on or after 1998-01: a notional account amount for 1992-10 to the month before enterprise insurance started, built from the yearly city average wage times the historic account scale (2% 1992-10..1993-12, 5% 1994-01..1998-06, 11% 1998-07..2005-12, 8% from 2006-01) times the person's actual index; added to the account balance only for the account-pension division, never paid out or inherited. No general extra for ordinary workers found.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
E	2015-01			memory	unverified	hukou_only	
P	flex_rate	ratio
E	2015-01		0.20	memory	unverified		
E	2024-08		0.20	bj_gov_flex_rates_2025	verified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2025-01			gh_region_params_resident	unverified		
T	1000	60
T	2000	90
T	4000	120
T	6000	150
T	9000	150
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2007-01		0.01	bj_ls_2007_21	verified		
P	transitional_years	rule
E	2007-01			bj_ls_2007_21	unverified	actual_to_1998_06	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	CQ	重庆市	Chongqing	
P	avg_wage	yuan/month
E	2023-01		6862	gh_idx_cqjs	unverified		
E	2024-01		7264	gh_idx_cqjs	unverified		
E	2025-01		7339	cq_rs_2025_bases	verified		
E	2026-01		7588	gh_weante_cq	unverified		
P	base_ceiling	yuan/month
E	2025-01		22017	cq_rs_2025_bases	verified		
E	2026-01		22765	gh_weante_cq	unverified		
P	base_floor	yuan/month
E	2025-01		4404	cq_rs_2025_bases	verified		
E	2026-01		4553	gh_weante_cq	unverified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2015-01	2015-12	4737.67	gh_idx_68838114376	unverified		
E	2023-01		7988	gh_idx_cqjs	unverified		
E	2024-01		8160	gh_idx_cqjs	unverified		
E	2025-01		8240	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2022-01			cqw_2022_resident	unverified		
T	200	40
T	300	50
T	400	60
T	500	70
T	600	80
T	700	90
T	800	100
T	900	110
T	1000	120
T	1500	130
T	2000	140
T	3000	160
T	4000	175
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	FJ	福建省	Fujian	
P	avg_wage	yuan/month
E	2024-01		7388	gh_jiabin_salary	unverified		
E	2025-01		7535	gh_idx_69669612486	corroborated		
P	base_ceiling	yuan/month
E	2024-01		22164	gh_jiabin_salary	unverified		
E	2025-01		22607	gh_weante_wan	corroborated		
P	base_floor	yuan/month
E	2024-01		4043	gh_jiabin_salary	unverified		
E	2025-01		4043	gh_weante_wan	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		7776	gh_idx_56713980740	unverified		
E	2025-01		7932	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	individual_account_rate	ratio
E	1996-01	1997-06	0.11	journal_fj_2004_account	unverified		
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2024-08		0.013	sheets_transcribed	unverified		
P	transitional_years	rule
E	2024-08			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
R	GD	广东省	Guangdong	
P	avg_wage	yuan/month
E	2016-07		5525	nfapp_2016_jishu	unverified		
E	2018-07		6668	junbo_2018_jishu	corroborated		
E	2019-05		5782	jm_2019_ceiling	unverified		
E	2019-07		6338	gh_idx_gdjs	unverified		
E	2020-07		6756	gd_rs_2020_avg	verified		
E	2021-07		7647	gh_idx_gdjs	unverified		
E	2022-07		8310	gd_rs_2022_33	verified		
E	2023-07		8807	gd_rs_2023_22	verified		
E	2024-07		9167	gd_rs_2024_33	corroborated		
E	2025-07		9183	gh_idx_gdjs	unverified		
P	base_ceiling	yuan/month
E	2016-07		16575	nfapp_2016_jishu	unverified		
E	2018-07		20004	junbo_2018_jishu	corroborated		
E	2019-05		17346	jm_2019_ceiling	unverified		
E	2019-07		19014	gh_idx_gdjs	unverified		
E	2020-07		20268	gd_rs_2020_avg	unverified		
E	2021-07		22941	gh_idx_gdjs	unverified		
E	2022-07		24930	gd_rs_2022_33	unverified		
E	2023-07		26421	gd_rs_2023_22	verified		
E	2024-07		27501	gd_rs_2024_33	corroborated		
E	2025-07		27549	gd_rs_2025_32	verified		
P	base_floor	yuan/month
E	2016-07		2906	nfapp_2016_jishu	unverified		
E	2018-07		2692	junbo_2018_jishu	unverified		
E	2019-07	2021-06	2924	xinhua_2021_flex	unverified		
E	2024-07		4492	gd_rs_2024_33	unverified		
E	2025-07		4775	gd_rs_2025_32	verified		
P	basic_base	rule
E	2024-05			sheets_transcribed	unverified	low_index_scaled	
P	benefit_base	yuan/month
E	2022-01		8682	gd_rs_2022_33	verified		
E	2023-01		9028	gh_idx_gdjs	unverified		
E	2024-01		9307	gh_idx_gdjs	unverified		
E	2025-01		9493	gd_rs_2025_32	verified		
P	city_rules	rule
E	2025-07			gd_hrss_2025_32	unverified	缴费基数下限：广州市、省直 5510 元，其他地区 4775 元（粤人社发〔2025〕32号）；本测算用省的数据。深圳、广州另有数据，可以在地区里选市	
P	divisor_rule	rule
E	2025-04			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
E	2024-05		100	sheets_transcribed	unverified		
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
E	2024-05		4	sheets_transcribed	unverified		
P	flex_nonlocal_allowed	flag
E	2021-05			xinhua_2021_flex	unverified	allowed	
P	flex_rate	ratio
E	2021-05		0.20	xinhua_2021_flex	corroborated		
E	2026-05	2028-04	0.20	gd_rs_2026_14	verified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2017-01		50	gzrb_2017_resident	unverified		
E	2018-01		60	cns_2018_resident	corroborated		
E	2019-01		82	gd_gov_2019_resident	verified		
E	2020-01		87	gd_gov_2022_resident	unverified		
E	2022-07	2022-12	97	gd_gov_2022_resident	unverified		
E	2025-01	2025-12	77	gh_idx_59215717864	corroborated		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
E	2020-01		3	xinhua_2020_resident	unverified		
P	resident_tiers	yuan/year
E	2015-01			ycwb_2015_resident	unverified		
T	120	30
T	240	30
T	360	30
T	480	60
T	600	60
T	960	60
T	1200	60
T	1800	60
T	2400	60
T	3600	60
E	2020-01			xinhua_2020_resident	unverified		
T	180	30
T	240	30
T	360	30
T	600	60
T	900	60
T	1200	60
T	1800	60
T	3600	60
T	4800	60
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2021-01		0.012	gd_gov_transitional	verified		
P	transitional_years	rule
P	years_rule	rule
R	GD-GZ	广州市	Guangzhou	GD
P	avg_wage	yuan/month
E	2023-07		8807	gd_rs_2023_22	verified		
E	2024-07		9167	gd_rs_2024_33	corroborated		
E	2025-07		9183	gd_rs_2025_32	corroborated		
P	base_ceiling	yuan/month
P	base_floor	yuan/month
E	2023-07		5284	mazars_2024_12	unverified		
E	2024-07		5500	gd_rs_2024_33	corroborated		
E	2025-07		5510	gd_rs_2025_32	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2025-01		9493	gd_rs_2025_32	verified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	GD-SZ	深圳市	Shenzhen	GD
P	avg_wage	yuan/month
E	2015-07		6054	gh_lbf_gdjs	unverified		
E	2016-07		6753	gh_lbf_gdjs	unverified		
E	2017-07		7480	gh_lbf_gdjs	unverified		
E	2018-07		8348	gh_lbf_gdjs	unverified		
E	2019-07		9309	gh_lbf_gdjs	unverified		
P	base_ceiling	yuan/month
E	2021-07		22941	gh_sz_taxcalc	unverified		
E	2022-07		24930	gd_rs_2022_33	unverified		
E	2023-07		26421	gd_rs_2023_22	verified		
E	2024-07		27501	gd_rs_2024_33	unverified		
E	2025-07		27549	weante_yjh	corroborated		
P	base_floor	yuan/month
E	2021-07		2200	gh_sz_taxcalc	unverified		
E	2024-07		4492	gd_rs_2024_33	unverified		
E	2025-07		4775	weante_yjh	corroborated		
P	basic_base	rule
E	2024-05			sheets_transcribed	unverified	c	
P	benefit_base	yuan/month
E	2020-01		9774	gh_lbf_gdjs	unverified		
E	2021-01		10360	gh_lbf_gdjs	unverified		
E	2022-01		10795	southmoney_2023	corroborated		
E	2023-01		10795	gh_lbf_gdjs	unverified		
E	2024-01		11181	gh_lbf_gdjs	unverified		
E	2025-01		11293	gh_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2025-07			gh_sz_payroll	unverified	Shenzhen-hukou (深户) employees are also insured in Shenzhen's local supplementary pension scheme (地方补充养老保险): the employer pays 1% of the pension contribution base, the employee pays nothing, and the retiree receives a separate local supplementary pension (地方补充养老金) on top of the basic pension. Non-hukou employees are not covered. The benefit formula was NOT found, so nothing can be computed yet.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
E	2025-06			sheets_transcribed	unverified	pre_account_less_add_ons	
P	years_rule	rule
R	GS	甘肃省	Gansu	
P	avg_wage	yuan/month
E	2025-01		7338	gh_idx_anchor2025	corroborated		
E	2026-01		7542	gs_rs_2026_218	corroborated		
P	base_ceiling	yuan/month
E	2025-01		22014	gh_idx_anchor2025	corroborated		
E	2026-01		22626	gs_rs_2026_218	corroborated		
P	base_floor	yuan/month
E	2025-01		4403	gh_idx_anchor2025	corroborated		
E	2026-01		4526	gs_rs_2026_218	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		7594	gh_idx_prov2024	unverified		
E	2025-01		7746	gh_idx_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2026-01			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2021-01	2021-12	20	gscn_2021_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2023-01			gs_2023_resident	unverified		
T	300	30
T	400	30
T	500	60
T	600	60
T	700	60
T	800	60
T	900	60
T	1000	60
T	1500	60
T	2000	60
T	2500	90
T	3000	90
T	4000	120
T	5000	150
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2025-01		0.012	gh_idx_gs_case	corroborated		
P	transitional_years	rule
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	cut2	
E	2026-01			sheets_transcribed	unverified	round2	
R	GX	广西壮族自治区	Guangxi	
P	avg_wage	yuan/month
E	2021-01		5819	gh_idx_gxjs	unverified		
E	2022-01		6197	gh_idx_gxjs	unverified		
E	2023-01		6439	gh_idx_gxjs	unverified		
E	2024-01		6756	gh_jiabin_salary	corroborated		
E	2025-01		6905	gx_rs_2025_42	corroborated		
E	2026-01		7008	gx_rs_2026_32	verified		
P	base_ceiling	yuan/month
E	2024-01		20268	gh_jiabin_salary	unverified		
E	2025-01		20715	gx_rs_2025_42	corroborated		
E	2026-01		21024	gx_rs_2026_32	verified		
P	base_floor	yuan/month
E	2024-01		4053.6	gh_jiabin_salary	corroborated		
E	2025-01		4143	gx_rs_2025_42	corroborated		
E	2026-01		4204.8	gx_rs_2026_32	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2022-01		6442	gh_idx_gxjs	unverified		
E	2023-01		6629	gh_idx_gxjs	unverified		
E	2024-01		6847	gh_idx_gxjs	unverified		
E	2025-01		6983	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
E	2022-12			sheets_transcribed	unverified	parts_jiao_up	
E	2025-02			sheets_transcribed	unverified	parts_jiao_half_up	
P	resident_base_topup	yuan/month
E	2013-01		20	wljyyjy_2017_resident	unverified		
E	2017-07	2017-12	20	wljyyjy_2017_resident	corroborated		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2019-01			yanshan_2022_resident	unverified		
T	200	35
T	300	40
T	400	45
T	500	60
T	600	65
T	700	70
T	800	100
T	900	120
T	1000	150
T	1500	175
T	2000	200
T	3000	200
T	4000	200
T	5000	200
T	6000	200
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2022-12		0.014	sheets_transcribed	unverified		
P	transitional_years	rule
E	2022-12			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2025-02			sheets_transcribed	unverified	round2	
R	GZ	贵州省	Guizhou	
P	avg_wage	yuan/month
E	2023-01		6857.58	gh_calc_old	unverified		
E	2024-01		7272.25	gh_calc_bundle	unverified		
E	2025-01		7324.5	gh_calc_anchor	corroborated		
E	2026-01		7376.75	gz_rs_2026_7	verified		
P	base_ceiling	yuan/month
E	2025-01		21973.5	gh_calc_anchor	corroborated		
E	2026-01		22130.25	gh_weante_policy	corroborated		
P	base_floor	yuan/month
E	2025-01		4394.7	gh_calc_anchor	corroborated		
E	2026-01		4426.05	gh_weante_policy	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2022-01		6798	gh_calc_bundle	unverified		
E	2023-01		6857.58	gh_calc_old	unverified		
E	2024-01		7272	gh_calc_bundle	unverified		
E	2025-01		7324.5	gh_calc_bundle	corroborated		
E	2026-01		7376.75	gz_rs_2026_7	verified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2006-01			gh_calc_bundle	unverified	One-child parents (独生子女父母) get an extra five percent of the sum of basic pension, individual-account pension and transitional pension; eligibility conditions not seen.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2023-01	2023-12	25	gz_gazette_2023_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.014	gh_calc_bundle	unverified		
P	transitional_years	rule
E	2023-04			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	HA	河南省	Henan	
P	avg_wage	yuan/month
E	2022-07		5681	shebaodata_2023	corroborated		
E	2023-07		5965	shebaomi_ha	unverified		
E	2024-07		6260	jiusong_ha_2024	unverified		
E	2025-07		6385	ha_rs_2025_67	verified		
E	2026-07		6385	ha_tax_2026_1	verified		
P	base_ceiling	yuan/month
E	2022-07		17043	shebaodata_2023	unverified		
E	2023-07		17895	shebaomi_ha	unverified		
E	2024-07		18780	jiusong_ha_2024	unverified		
E	2025-07		19155	ha_rs_2025_67	verified		
E	2026-07		19155	ha_tax_2026_1	verified		
P	base_floor	yuan/month
E	2022-07		3409	shebaodata_2023	unverified		
E	2023-07		3579	shebaomi_ha	unverified		
E	2024-07		3756	jiusong_ha_2024	unverified		
E	2025-07		3831	ha_rs_2025_67	verified		
E	2026-07		3831	ha_tax_2026_1	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		6401	gh_liubig_ha	unverified		
E	2024-01		6606	gh_liubig_ha	unverified		
E	2025-01		6738	gh_idx_68747576956	corroborated		
P	city_rules	rule
E	2024-11			sheets_transcribed	unverified	基础养老金按省、市两个计发基数计算（各市核定表）；城市的数字未找到，本测算只用省的计发基数	
P	divisor_rule	rule
E	2026-02			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
E	2018-10			sptv_2021_flex	unverified	hukou_only	
E	2021-10			ha_rs_2021_3	verified	allowed	
P	flex_rate	ratio
E	2021-10		0.20	doc360_2021_flex	corroborated		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2018-01		10	yaozui_2018_resident	corroborated		
E	2019-01		15	xinhua_2019_resident	corroborated		
E	2020-07		15	cns_2021_resident	unverified		
E	2023-01	2023-12	20	car17_2023_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2015-01	2017-12		qdnews_2017_resident	unverified		
T	100	30
T	200	30
T	300	30
T	400	30
T	500	60
T	600	60
T	700	60
T	800	60
T	900	60
T	1000	60
T	1500	60
T	2000	60
T	2500	60
T	3000	60
T	4000	60
T	5000	60
E	2022-01			salkhjg_ha_2022_resident	unverified		
T	200	30
T	300	40
T	400	50
T	500	60
T	600	80
T	700	100
T	800	120
T	900	140
T	1000	160
T	1500	190
T	2000	220
T	2500	250
T	3000	280
T	4000	310
T	5000	340
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2025-10		0.013	sheets_transcribed	unverified		
P	transitional_years	rule
P	years_rule	rule
E	2026-02			sheets_transcribed	unverified	round2	
R	HB	湖北省	Hubei	
P	avg_wage	yuan/month
E	2022-07		6795	hb_rs_2022_38	verified		
E	2023-07		7040	sdgxled_2023	unverified		
E	2024-07		7489	jiusong_hb_2024	corroborated		
E	2025-07		7496	hb_2025_dxh	verified		
P	base_ceiling	yuan/month
E	2022-07		20385	hb_rs_2022_38	verified		
E	2023-07		21120	sdgxled_2023	unverified		
E	2024-07		22467	jiusong_hb_2024	corroborated		
E	2025-07		22488	hb_2025_dxh	verified		
P	base_floor	yuan/month
E	2022-07		3270	hb_rs_2022_38	verified		
E	2023-07		3675	sdgxled_2023	unverified		
E	2024-07		4007	jiusong_hb_2024	corroborated		
E	2025-07		4254	gh_weante_hb	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		9022	gh_liubig_hb	unverified		
E	2025-01		9112	gh_idx_68747576956	unverified		
P	city_rules	rule
E	2024-11			sheets_transcribed	unverified	计发基数按城市公布：2025 年武汉（江夏区社保经办机构核定表）9112 元，黄石（黄石市核定表）7048 元；本测算用省的数据	
P	divisor_rule	rule
E	2025-10			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2014-07	2017-12	0	hb_rs_2015_resident	verified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2023-01			si12333_2023_resident	corroborated		
T	300	45
T	500	81
T	800	138
T	1000	180
T	1500	285
T	2000	402
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	HE	河北省	Hebei	
P	avg_wage	yuan/month
E	2020-01		5078	gh_liubigfatty_he	unverified		
E	2021-01		5409	gh_liubigfatty_he	unverified		
E	2022-01		5789	gh_liubigfatty_he	unverified		
E	2023-01		6211	gh_liubigfatty_he	unverified		
E	2024-01		6534	gh_jiabin_salary	unverified		
E	2025-01		6678	gh_weante_jijin	corroborated		
E	2026-01		6794	he_rs_2026_57	verified		
P	base_ceiling	yuan/month
E	2024-01		19603	gh_jiabin_salary	unverified		
E	2025-01		20034	gh_weante_jijin	corroborated		
E	2026-01		20382	he_rs_2026_57	verified		
P	base_floor	yuan/month
E	2024-01		3921	gh_jiabin_salary	unverified		
E	2025-01		4007	gh_weante_jijin	corroborated		
E	2026-01		4076	he_rs_2026_57	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		7122	gh_liubigfatty_he	unverified		
E	2024-01		7265	gh_liubigfatty_he	unverified		
E	2025-01		7410	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2011-11			gh_liubigfatty_he	unverified	Winter heating allowance (冬季取暖补贴) for enterprise retirees, paid once a year with the November pension and not part of the monthly pension: 1240 yuan/year in most of the province, 1400 in the other counties of Zhangjiakou and Chengde plus Qinglong and Laiyuan, 1560 in the Bashang area; people retiring during the heating season get a pro-rata share. Basis cited: 冀人社发〔2012〕3号, from the 2011 heating season.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2018-01	2020-06	20	casw_2019_hebei	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2019-01			heb_2022_resident	corroborated		
T	200	30
T	300	45
T	500	60
T	1000	75
T	3000	90
T	5000	105
T	8000	120
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.013	gh_liubigfatty_he	corroborated		
P	transitional_years	rule
E	2023-02			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	HI	海南省	Hainan	
P	avg_wage	yuan/month
E	2023-01		8050	gh_idx_hijs	unverified		
E	2024-01		8131	gh_jiabin_salary	corroborated		
E	2025-01		8188	gh_idx_68747576956	unverified		
P	base_ceiling	yuan/month
E	2024-01		24393	gh_jiabin_salary	corroborated		
E	2025-01		24564	gh_weante_hi	corroborated		
P	base_floor	yuan/month
E	2024-01		4878.6	gh_jiabin_salary	corroborated		
E	2025-01		4912.8	gh_weante_hi	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		8050	gh_idx_hijs	unverified		
E	2024-01		8131	gh_idx_hijs	unverified		
E	2025-01		8188	gh_idx_68747576956	unverified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2017-01	2017-12	75	zgzxcmw_2018_resident	unverified		
E	2018-01	2018-12	90	zgzxcmw_2018_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2025-02		0.014	sheets_transcribed	unverified		
P	transitional_years	rule
E	2025-02			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
R	HL	黑龙江省	Heilongjiang	
P	avg_wage	yuan/month
E	2024-01		7010	gh_lbf_hl	unverified		
E	2025-01		7570	gh_salary_tests	corroborated		
E	2026-01		7705	gh_pensionbase_ts	corroborated		
P	base_ceiling	yuan/month
E	2025-01		22710	gh_salary_tests	corroborated		
E	2026-01		23115	gh_salary_tests	corroborated		
P	base_floor	yuan/month
E	2025-01		4542	gh_salary_tests	corroborated		
E	2026-01		4623	gh_salary_tests	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2022-01		5865	gh_lbf_hl	unverified		
E	2023-01		6430	gh_lbf_hl	unverified		
E	2024-01		7010	gh_lbf_hl	unverified		
E	2025-01		7570	gh_lbf_hl	unverified		
E	2026-01		7705	gh_pensionbase_ts	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2008-10			gh_lbf_hl	unverified	Cold-weather allowance (御寒津贴): every retiree in the enterprise employee pension scheme receives a flat forty-five yuan a month, paid monthly all year round from the pooled fund and counted as part of the monthly basic pension.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2024-01		0.012	gh_lbf_hl	unverified		
P	transitional_years	rule
P	years_rule	rule
R	HN	湖南省	Hunan	
P	avg_wage	yuan/month
E	2024-01		6711	southmoney_hn_2024	corroborated		
E	2025-01		6787	gh_idx_anchor2025	corroborated		
E	2026-01		6843	gh_weante_hn	corroborated		
P	base_ceiling	yuan/month
E	2024-01		20133	southmoney_hn_2024	corroborated		
E	2025-01		20361	gh_idx_anchor2025	unverified		
E	2026-01		20529	gh_weante_hn	corroborated		
P	base_floor	yuan/month
E	2024-01		4027	southmoney_hn_2024	corroborated		
E	2025-01		4072	gh_idx_anchor2025	unverified		
E	2026-01		4106	gh_weante_hn	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2025-01		7694	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-07			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2014-07		5	xiang_rs_2014_37	verified		
E	2018-01		15	stockstar_2018_resident	corroborated		
E	2020-07	2021-12	20	hnchinanews_2021_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2021-01	2023-12		xiangyin_2023_resident	corroborated		
T	200	30
T	300	40
T	400	40
T	500	60
T	600	60
T	700	60
T	800	60
T	900	60
T	1000	60
T	1500	60
T	2000	60
T	2500	60
T	3000	60
E	2024-01			cz206_2025_resident	assumption		
T	300	40
T	400	40
T	500	60
T	600	60
T	700	60
T	800	60
T	900	60
T	1000	60
T	1500	60
T	2000	60
T	2500	60
T	3000	60
T	4000	100
T	5000	100
T	6000	100
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2024-09		0.013	sheets_transcribed	unverified		
P	transitional_years	rule
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	JL	吉林省	Jilin	
P	avg_wage	yuan/month
E	2024-07		7178.5	gh_lbf_jl	unverified		
E	2025-07		7322	gh_salary_tests	corroborated		
P	base_ceiling	yuan/month
E	2025-07		21966	gh_salary_tests	corroborated		
P	base_floor	yuan/month
E	2025-07		4393.2	gh_salary_tests	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		7178.5	gh_lbf_jl	unverified		
E	2025-01		7322	gh_pensionbase_ts	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	1998-01			gh_lbf_jl	unverified	Extra basic pension (增发) for long ACTUAL contribution (not counting deemed years) beyond twenty years: each year from the twenty-first to the twenty-fifth adds zero point one five percent, each year from the twenty-sixth to the thirtieth adds zero point two percent, and each year from the thirty-first onward adds zero point two five percent. The base the percentages apply to was not stated in the source (presumably the same base as the basic pension).	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2025-07		0.20	gh_lbf_jl	unverified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2018-01	2018-06	10	jlcity_2018_135	verified		
E	2018-07	2020-06	15	jlcity_2018_135	verified		
E	2025-07	2025-12	11	gh_lbf_jl	unverified		
P	resident_interest	ratio
E	2025-01		0.0361	gh_lbf_jl	unverified		
P	resident_long_service_extra	yuan/month/year
E	2025-07		5	gh_lbf_jl	unverified		
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	JS	江苏省	Jiangsu	
P	avg_wage	yuan/month
E	2023-01		8014	gh_liubigfatty_js	unverified		
E	2024-01		8132	gh_liubigfatty_js	unverified		
E	2025-01		8254	gh_idx_69669612486	unverified		
P	base_ceiling	yuan/month
E	2023-01		24042	gh_liubigfatty_js	unverified		
E	2024-01		24396	gh_jiabin_salary	unverified		
E	2025-01		24762	js_rs_2025_bases	verified		
P	base_floor	yuan/month
E	2024-01		4879	gh_jiabin_salary	unverified		
E	2025-01		4952	js_rs_2025_bases	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2022-01		8309	gh_liubigfatty_js	unverified		
E	2023-01		8613	gh_liubigfatty_js	unverified		
E	2024-01		8785	gh_liubigfatty_js	unverified		
E	2025-01		8917	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2026-06			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2025-01		0.20	js_rs_2025_flex	verified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2019-01		60	js_rs_2020_52	unverified		
E	2020-01		72	js_rs_2020_52	verified		
E	2020-07		67	js_rs_2020_52	unverified		
E	2021-01		80	js_2021_resident	unverified		
E	2022-01		94	yangtse_2022_resident	unverified		
E	2023-01		105	js_rs_2024_resident	unverified		
E	2024-01	2024-12	105	js_rs_2024_resident	verified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	JX	江西省	Jiangxi	
P	avg_wage	yuan/month
E	2019-05		4736	jx_rs_2019_187	unverified		
E	2024-01		6397	gh_jiabin_salary	unverified		
E	2025-01		6525	gh_weante_cs	corroborated		
P	base_ceiling	yuan/month
E	2019-05		14208	jx_rs_2019_187	unverified		
E	2024-01		19191	gh_jiabin_salary	unverified		
E	2025-01		19575	gh_weante_cs	corroborated		
P	base_floor	yuan/month
E	2019-05		2842	jx_rs_2019_187	unverified		
E	2024-01		3839	gh_jiabin_salary	unverified		
E	2025-01		3915	gh_weante_cs	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		6747	gh_idx_jx_base	unverified		
E	2024-01		6916	gh_idx_jx_base	unverified		
E	2025-01		7054	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2014-07		0	govcn_2015_resident	unverified		
E	2015-01		10	govcn_2015_resident	unverified		
E	2018-10	2020-06	17	audit_jx_2018	unverified		
E	2022-01	2022-12	25	cnr_2022_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2022-06			ruoyo_jx_2023_resident	unverified		
T	300	40
T	400	50
T	500	60
T	600	65
T	700	70
T	800	75
T	900	80
T	1000	85
T	1500	90
T	2000	95
T	3000	100
T	4000	150
T	5000	190
T	6000	230
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2024-08		0.013	sheets_transcribed	unverified		
P	transitional_years	rule
P	years_rule	rule
R	LN	辽宁省	Liaoning	
P	avg_wage	yuan/month
E	2022-01		6383	gh_lbf_ln	unverified		
E	2023-01		6843	gh_lbf_ln	unverified		
E	2024-01		7121	gh_lbf_ln	unverified		
E	2025-01		7264	gh_lbf_ln	unverified		
E	2026-01		7555	gh_salary_tests	unverified		
P	base_ceiling	yuan/month
E	2025-01		21792	gh_lbf_ln	corroborated		
E	2026-01		22665	gh_salary_tests	corroborated		
P	base_floor	yuan/month
E	2025-01		4359	gh_lbf_ln	corroborated		
E	2026-01		4533	gh_salary_tests	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2020-01		6057	gh_lbf_ln	unverified		
E	2021-01		6340	gh_lbf_ln	unverified		
E	2022-01		6720	gh_lbf_ln	unverified		
E	2023-01		6987	gh_lbf_ln	unverified		
E	2024-01		7201	gh_lbf_ln	unverified		
E	2025-01		7346	gh_pensionbase_ts	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-03			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
E	2023-01			gh_lbf_ln	unverified	An additional amount labelled 增发 (extra pension) appears on Liaoning benefit determination sheets for long contributors (the repo's four sample cases show extras of roughly two hundred to four hundred yuan a month), but the rule is NOT confirmed. The repo's JSON models it as: for contribution years beyond twenty, years twenty-one to twenty-five add zero point one five percent per year, years twenty-six to thirty add zero point two percent per year, year thirty-one onward add zero point two five percent per year; this bracket set is identical to Jilin's 1998 rule and may have been copied. The repo's JS file instead uses a flat rate of about zero point four percent reverse-engineered from cases. Do not use without the official Liaoning document.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
E	2024-03			sheets_transcribed	unverified	average	
P	transitional_coefficient	ratio
E	2024-03		0.014	sheets_transcribed	unverified		
P	transitional_years	rule
E	2024-03			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
R	NM	内蒙古自治区	Inner Mongolia	
P	avg_wage	yuan/month
E	2021-01		6344	gh_liubigfatty_nm	unverified		
E	2022-01		6751	gh_liubigfatty_nm	unverified		
E	2023-01		7469	gh_liubigfatty_nm	unverified		
E	2024-01		8105	gh_jiabin_salary	unverified		
E	2025-01		8179	gh_idx_69669612486	corroborated		
E	2026-01		8430	gh_weante_meng	corroborated		
P	base_ceiling	yuan/month
E	2024-01		24315	gh_jiabin_salary	unverified		
E	2025-01		24537	gh_idx_69669612486	unverified		
E	2026-01		25290	gh_weante_meng	corroborated		
P	base_floor	yuan/month
E	2024-01		4863	gh_jiabin_salary	unverified		
E	2025-01		4907	gh_idx_69669612486	unverified		
E	2026-01		5058	gh_weante_meng	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2021-01		6803	gh_liubigfatty_nm	unverified		
E	2022-01		7089	gh_liubigfatty_nm	unverified		
E	2023-01		7469	gh_liubigfatty_nm	unverified		
E	2024-01		8105	gh_liubigfatty_nm	unverified		
E	2025-01		8179	gh_idx_68747576956	corroborated		
E	2026-01		8430	gh_idx_68747576956	assumption		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2006-01			gh_liubigfatty_nm	unverified	Transitional pension uses an average contribution index of at least 1: if the person's average index is below 1, the transitional part is computed with 1, while the basic pension keeps the real index.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2018-01		40	govcn_2018_nm_resident	corroborated		
E	2025-01	2025-12	54	gh_idx_59215717864	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
E	2025-09			sheets_transcribed	unverified	indexed_floor_one	
P	transitional_coefficient	ratio
E	2006-01		0.012	gh_liubigfatty_nm	corroborated		
P	transitional_years	rule
P	years_rule	rule
R	NX	宁夏回族自治区	Ningxia	
P	avg_wage	yuan/month
E	2024-01		8088	gh_jiabin_salary	unverified		
E	2025-01		8258	gh_idx_anchor2025	corroborated		
E	2026-01		8371	nx_rs_2026_152	corroborated		
P	base_ceiling	yuan/month
E	2024-01		24264	gh_jiabin_salary	unverified		
E	2025-01		24774	gh_idx_anchor2025	corroborated		
E	2026-01		25113	nx_rs_2026_152	corroborated		
P	base_floor	yuan/month
E	2024-01		4853	gh_jiabin_salary	unverified		
E	2025-01		4955	gh_idx_anchor2025	corroborated		
E	2026-01		5023	nx_rs_2026_152	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		7953	gh_idx_ningxia_js	unverified		
E	2024-01		8202	gh_idx_prov2024	unverified		
E	2025-01		8366	gh_idx_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2024-01			gh_idx_ningxia_js	unverified	Intellectuals (知识分子) retiring from the employee scheme get a fixed supplement of 18.5 yuan a month (10 yuan 工龄补贴 plus 8.5 yuan 地区补贴; the two labels are swapped between the file's two examples) and a transitional coefficient raised from 1.3% to 1.43%. Seen only in a third-party calculator's notes on 2026-01 核定表 examples; governing document, eligibility and start date not found.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2013-01		30	govcn_2013_resident	corroborated		
E	2015-01		45	cnr_2015_resident	unverified		
E	2017-01	2017-12	50	cnr_2017_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2024-01		0.013	gh_idx_ningxia_js	unverified		
P	transitional_years	rule
E	2024-04			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	QH	青海省	Qinghai	
P	avg_wage	yuan/month
E	2024-01		8643	gh_jiabin_salary	unverified		
E	2025-01		8816	gh_idx_anchor2025	corroborated		
E	2026-01		8888	qh_rs_2026_54	unverified		
P	base_ceiling	yuan/month
E	2024-01		25929	gh_jiabin_salary	unverified		
E	2025-01		26448	gh_idx_anchor2025	corroborated		
E	2026-01		26664	qh_rs_2026_54	unverified		
P	base_floor	yuan/month
E	2024-01		5186	gh_jiabin_salary	unverified		
E	2025-01		5289.6	gh_idx_anchor2025	corroborated		
E	2026-01		5333	qh_rs_2026_54	unverified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		8591	gh_idx_qinghai_js	unverified		
E	2024-01		8878	gh_idx_prov2024	unverified		
E	2025-01		9056	gh_idx_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2012-01		30	xiangrikui_2014_resident	corroborated		
E	2014-01		55	gkshanghai_2014_resident	corroborated		
E	2014-07		55	qhnews_2016_resident	unverified		
E	2016-01		70	cns_2016_resident	unverified		
E	2017-01		85	cns_2018_resident	unverified		
E	2018-01		87	cns_2018_resident	corroborated		
E	2020-07	2021-12	87	tibet_2020_resident	unverified		
P	resident_interest	ratio
E	2021-01	2021-12	0.0535	gh_idx_interest	unverified		
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	SC	四川省	Sichuan	
P	avg_wage	yuan/month
E	2021-01		6210	gh_idx_scjs	unverified		
E	2022-01		6785	gh_idx_scjs	unverified		
E	2023-01		7076	gh_idx_scjs	unverified		
E	2024-01		7518	cd_ybj_2025_17	verified		
E	2025-01		7646	sc_rs_2025_39	verified		
E	2026-01		7831	gh_weante_sc	unverified		
P	base_ceiling	yuan/month
E	2024-01		22555	cd_ybj_2025_17	verified		
E	2025-01		22938	sc_rs_2025_39	verified		
E	2026-01		23493	gh_weante_sc	unverified		
P	base_floor	yuan/month
E	2024-01		4511	cd_ybj_2025_17	verified		
E	2025-01		4588	sc_rs_2025_39	verified		
E	2026-01		4699	gh_weante_sc	unverified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		8079	gh_idx_scjs	unverified		
E	2024-01		8321	gh_idx_68747576956	corroborated		
E	2025-01		8462	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-10			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
E	2024-01			gh_idx_scjs	unverified	增发养老金 (extra pension): each month the retiree gets an extra amount equal to one tenth of one percent of the indexed average monthly contribution wage for every year of total contribution (deemed years included). Official benefit slips copied in the dataset apply it to ALL contribution years, not only to years beyond fifteen. One slip for a man retiring early under a special-category rule used four tenths of one percent instead, and the dataset says a fixed amount is added in some cases.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
E	2023-08		0.001	sheets_transcribed	unverified		
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2025-01		0.20	sc_rs_2025_39	verified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2018-01	2018-11	5	scol_2018_resident	unverified		
E	2020-07	2020-12	12	sc_2020_resident	unverified		
E	2024-07	2024-12	40	cdrb_2024_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2022-01			scrb_2022_resident	unverified		
T	200	40
T	300	45
T	400	50
T	500	60
T	600	60
T	700	65
T	800	70
T	900	75
T	1000	80
T	1500	100
T	2000	120
T	3000	160
T	4000	200
T	5000	240
T	6000	280
P	transitional_base	rule
E	2020-08			sheets_transcribed	unverified	average	
P	transitional_coefficient	ratio
E	2020-08		0.013	sheets_transcribed	unverified		
E	2024-01		0.013	gh_idx_scjs	unverified		
P	transitional_years	rule
E	2020-08			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	SD	山东省	Shandong	
P	avg_wage	yuan/month
E	2020-01		5761	gh_liubig_sd	unverified		
E	2021-01		6242	gh_liubig_sd	unverified		
E	2022-01		6633	gh_liubig_sd	unverified		
E	2023-01		7069	gh_liubig_sd	unverified		
E	2024-01		7359	gh_liubig_sd	corroborated		
E	2025-01		7506	gh_idx_anchor2025	corroborated		
E	2026-01		7621	gh_weante_sd	corroborated		
P	base_ceiling	yuan/month
E	2020-01		17284	gh_liubig_sd	unverified		
E	2021-01		18726	zjjiangtong_sd	unverified		
E	2022-01		19899	gh_liubig_sd	unverified		
E	2023-01		21207	gh_liubig_sd	unverified		
E	2024-01		22078	gh_jiabin_salary	corroborated		
E	2025-01		22518	gh_idx_anchor2025	corroborated		
E	2026-01		22863	gh_weante_sd	corroborated		
P	base_floor	yuan/month
E	2020-01		3457	gh_liubig_sd	unverified		
E	2021-01		3746	zjjiangtong_sd	unverified		
E	2022-01		3980	gh_liubig_sd	unverified		
E	2023-01		4242	gh_liubig_sd	unverified		
E	2024-01		4416	gh_jiabin_salary	corroborated		
E	2025-01		4504	gh_idx_anchor2025	corroborated		
E	2026-01		4573	gh_weante_sd	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2020-01		6573	gh_liubig_sd	unverified		
E	2021-01		6893	gh_liubig_sd	unverified		
E	2022-01		7182.5	gh_liubig_sd	unverified		
E	2023-01		7468	zjjiangtong_sd	corroborated		
E	2024-01		7678	gh_liubig_sd	unverified		
E	2025-01		7831	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-01			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2013-10		10	zcnews_2013_resident	unverified		
E	2014-05		20	sd_2014_resident	unverified		
E	2020-07		49	iqilu_2021_resident	unverified		
E	2021-07		57	iqilu_2021_resident	unverified		
E	2023-07	2023-12	65	sd_rs_2023_resident	verified		
E	2024-01	2025-12	65	netease_2026_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2026-01			netease_2026_resident	unverified		
T	350	30
T	500	60
T	800	80
T	1000	80
T	3000	80
T	5000	80
T	8000	80
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.013	gh_liubig_sd	unverified		
P	transitional_years	rule
E	2024-02			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
E	2006-01			sheets_transcribed	unverified	round2	
R	SH	上海市	Shanghai	
P	avg_wage	yuan/month
E	2018-04		7132	chinabriefing_2019_base	unverified		
E	2019-04		7832	chinabriefing_2019_base	unverified		
E	2021-07		10338	rsatax_2022_base	corroborated		
E	2022-07		11396	rsatax_2022_base	corroborated		
E	2023-07		12183	gh_lbf_sh	unverified		
E	2024-07		12307	gh_lbf_sh	unverified		
E	2025-07		12434	sh_rsj_2025_base	verified		
E	2026-07		12577	gh_pensionbase_ts	corroborated		
P	base_ceiling	yuan/month
E	2018-04		21396	chinabriefing_2019_base	unverified		
E	2019-04		23496	chinabriefing_2019_base	unverified		
E	2021-07		31014	rsatax_2022_base	unverified		
E	2022-07		34188	rsatax_2022_base	unverified		
E	2023-07		36549	gh_code_sh2023	unverified		
E	2024-07		36921	gh_code_provsi	corroborated		
E	2025-07		37302	sh_rsj_2025_base	verified		
E	2026-07		37731	gh_salary_tests	corroborated		
P	base_floor	yuan/month
E	2018-04		4279	chinabriefing_2019_base	unverified		
E	2019-04		4699	chinabriefing_2019_base	unverified		
E	2021-07		5975	rsatax_2022_base	unverified		
E	2022-07		6520	rsatax_2022_base	unverified		
E	2023-07		7310	gh_code_sh2023	unverified		
E	2024-07		7384	gh_code_provsi	corroborated		
E	2025-07		7460	sh_rsj_2025_base	verified		
E	2026-07		7546	gh_salary_tests	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2020-01		9580	gh_lbf_sh	unverified		
E	2021-01		10338	gh_lbf_sh	unverified		
E	2022-01		11396	gh_lbf_sh	unverified		
E	2023-01		12183	gh_lbf_sh	unverified		
E	2024-01		12307	gh_lbf_sh	unverified		
E	2025-01		12434	gh_lbf_sh	unverified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
E	2023-05			anfang_2023_flex	unverified	allowed	
P	flex_rate	ratio
E	2023-05		0.24	sh_rs_2023_5	verified		
E	2024-03		0.20	sh_flex_rate_2024	verified		
P	flex_women_retirement_age	years
E	2023-05		55	sh_rs_2023_5	unverified		
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
E	2023-04			sheets_transcribed	unverified	basic_jiao_half_up	
P	resident_base_topup	yuan/month
E	2017-01		780	zhongxin_2017_pension	unverified		
E	2021-01	2021-12	1107	rsj_en_2021_pension	verified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
E	2023-04			sheets_transcribed	unverified	c	
P	transitional_coefficient	ratio
P	transitional_years	rule
E	2023-04			sheets_transcribed	unverified	deemed_round2	
P	years_rule	rule
E	2023-04			sheets_transcribed	unverified	month_0083	
R	SN	陕西省	Shaanxi	
P	avg_wage	yuan/month
E	2023-01		7029	gh_calc_bundle	unverified		
E	2024-01		7598	gh_jiabin_salary	unverified		
E	2025-01		7750	gh_calc_anchor	corroborated		
E	2026-01		7895	gh_weante_policy	unverified		
P	base_ceiling	yuan/month
E	2024-01		22795	gh_jiabin_salary	unverified		
E	2025-01		23250	gh_calc_anchor	corroborated		
E	2026-01		23685	xa_12345_2026	corroborated		
P	base_floor	yuan/month
E	2024-01		4559	gh_jiabin_salary	unverified		
E	2025-01		4650	gh_calc_anchor	corroborated		
E	2026-01		4737	xa_12345_2026	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		7489	gh_calc_bundle	unverified		
E	2024-01		7727	gh_calc_bundle	unverified		
E	2025-01		7881	gh_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-08			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2020-01	2025-05		sxrb_2019_resident	unverified		
T	200	30
T	300	45
T	400	60
T	500	75
T	600	80
T	800	90
T	1000	100
T	1500	150
T	2000	200
T	3000	300
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.014	gh_calc_bundle	unverified		
P	transitional_years	rule
P	years_rule	rule
R	SX	山西省	Shanxi	
P	avg_wage	yuan/month
E	2019-01		4565	sx_51shebao_2019	unverified		
E	2020-01		4832	gh_liubigfatty_sx	unverified		
E	2021-01		5392	gh_liubigfatty_sx	unverified		
E	2022-01		5914	gh_liubigfatty_sx	unverified		
E	2023-01		6438	gh_liubigfatty_sx	unverified		
E	2024-01		6855	gh_jiabin_salary	unverified		
E	2025-01		6997	gh_weante_jijin	corroborated		
E	2026-01		7073	sx_rs_2026_27	verified		
P	base_ceiling	yuan/month
E	2019-01		13695	sx_51shebao_2019	unverified		
E	2024-01		20564	gh_jiabin_salary	unverified		
E	2025-01		20991	gh_weante_jijin	corroborated		
E	2026-01		21219	sx_rs_2026_27	verified		
P	base_floor	yuan/month
E	2019-01		2739	sx_51shebao_2019	unverified		
E	2024-01		4113	gh_jiabin_salary	unverified		
E	2025-01		4198	gh_weante_jijin	corroborated		
E	2026-01		4244	sx_rs_2026_27	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2019-01		5639	sx_51shebao_2019	unverified		
E	2023-01		6897	gh_liubigfatty_sx	unverified		
E	2024-01		7111	gh_liubigfatty_sx	unverified		
E	2025-01		7253	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2006-01			gh_liubigfatty_sx	unverified	Two separate average contribution indices: the basic pension uses the ordinary average index, the transitional pension uses its own 'transition' average index (晋政发〔2006〕32号 as cited). An estimator that uses one index for both will misstate Shanxi transitional pensions.	
E	2016-10			gh_liubigfatty_sx	unverified	Winter heating allowance (冬季取暖补贴) for enterprise retirees who retire by 30 September and draw a monthly pension: 3360 yuan per person per year (raised from 2400), paid once with the October pension, outside the monthly pension. Basis cited: 晋人社厅发〔2017〕9号, applied from October 2016.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
E	2023-04			sheets_transcribed	unverified	total_jiao_up	
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2019-01			sxfb_2018_resident	unverified		
T	200	35
T	300	40
T	500	60
T	700	80
T	1000	100
T	1500	140
T	2000	180
T	3000	220
T	4000	260
T	5000	300
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.013	gh_liubigfatty_sx	unverified		
P	transitional_years	rule
P	years_rule	rule
R	TJ	天津市	Tianjin	
P	avg_wage	yuan/month
E	2020-07		6323	gh_liubigfatty_tj	unverified		
E	2021-07		6777	gh_liubigfatty_tj	unverified		
E	2022-07		7478	gh_liubigfatty_tj	unverified		
E	2023-07		7919	gh_liubigfatty_tj	unverified		
E	2024-07		8355	gh_jiabin_salary	unverified		
E	2025-07	2026-08	8540	tj_rs_2025_6	verified		
E	2026-09		8634	tj_rs_2026_5	corroborated		
P	base_ceiling	yuan/month
E	2024-07		25065	gh_jiabin_salary	unverified		
E	2025-07	2026-08	25620	tj_rs_2025_6	verified		
E	2026-09		25902	tj_rs_2026_5	corroborated		
P	base_floor	yuan/month
E	2024-07		5013	gh_jiabin_salary	unverified		
E	2025-07	2026-08	5124	tj_rs_2025_6	verified		
E	2026-09		5180	tj_rs_2026_5	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2023-01		9016	gh_liubigfatty_tj	unverified		
E	2024-01		9232	gh_liubigfatty_tj	unverified		
E	2025-01		9417	gh_idx_68747576956	corroborated		
P	city_rules	rule
P	divisor_rule	rule
E	2025-09			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2025-01		0.20	gh_alaric_tj	unverified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2006-01		0.01	gh_liubigfatty_tj	unverified		
P	transitional_years	rule
P	years_rule	rule
R	XJ	新疆维吾尔自治区	Xinjiang	
P	avg_wage	yuan/month
E	2024-01		8332	gh_jiabin_salary	corroborated		
E	2025-01		8448	gh_idx_anchor2025	corroborated		
E	2026-01		8744	xj_rs_2026_base	verified		
P	base_ceiling	yuan/month
E	2024-01		24996	gh_jiabin_salary	unverified		
E	2025-01		25344	gh_idx_anchor2025	corroborated		
E	2026-01		26231	xj_rs_2026_base	verified		
P	base_floor	yuan/month
E	2024-01		4999	gh_jiabin_salary	unverified		
E	2025-01		5069	gh_idx_anchor2025	corroborated		
E	2026-01		5246	xj_rs_2026_base	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		8332	gh_idx_prov2024	unverified		
E	2025-01		8448	gh_idx_xinjiang_js	unverified		
E	2026-01		8744	gh_idx_jifa_list	unverified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
R	XZ	西藏自治区	Tibet (Xizang)	
P	avg_wage	yuan/month
E	2015-01		5100	gh_calc_bundle	unverified		
E	2016-01		5929	gh_calc_bundle	unverified		
E	2017-01		6708	gh_calc_bundle	unverified		
E	2018-01		7587	gh_calc_bundle	unverified		
E	2019-01		7815	gh_calc_bundle	unverified		
E	2020-01		8143	gh_calc_bundle	unverified		
E	2021-01		8839	gh_calc_bundle	unverified		
E	2022-01		9900	gh_calc_bundle	unverified		
E	2023-01		10791	gh_calc_bundle	unverified		
E	2024-01		11546	gh_weante_xizang	corroborated		
E	2025-01		11777	gh_weante_xizang	corroborated		
E	2026-01		11954	gh_weante_xizang	unverified		
P	base_ceiling	yuan/month
E	2024-01		34638	gh_weante_xizang	unverified		
E	2025-01		35331	gh_weante_xizang	corroborated		
E	2026-01		35862	gh_weante_xizang	unverified		
P	base_floor	yuan/month
E	2024-01		6927.6	gh_weante_xizang	unverified		
E	2025-01		7066.2	gh_weante_xizang	corroborated		
E	2026-01		7172.4	gh_weante_xizang	unverified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2015-01		5100	gh_calc_bundle	unverified		
E	2016-01		5929	gh_calc_bundle	unverified		
E	2017-01		6708	gh_calc_bundle	unverified		
E	2018-01		7587	gh_calc_bundle	unverified		
E	2019-01		7815	gh_calc_bundle	unverified		
E	2020-01		8143	gh_calc_bundle	unverified		
E	2021-01		8839	gh_calc_bundle	unverified		
E	2022-01		9900	gh_calc_bundle	unverified		
E	2023-01		10791	gh_calc_bundle	unverified		
E	2024-01		11546	gh_weante_xizang	unverified		
E	2025-01		11777	gh_jifa_list	corroborated		
E	2026-01		11954	gh_weante_xizang	unverified		
P	city_rules	rule
P	divisor_rule	rule
E	2025-12			sheets_transcribed	unverified	by_month	
P	employee_extras	rule
E	2000-07			gh_calc_engine	unverified	Two Tibet-specific additions on top of the basic pension. (1) Plateau allowance (高原补贴), counted in the basic pension: the indexed monthly average contribution wage (retirement-year base times average contribution index) multiplied by five percent for ten to under fifteen years worked in Tibet, ten percent for fifteen to under twenty years, fifteen percent for twenty years or more, nothing below ten years. (2) Fixed monthly other benefits by area class; for class-two areas (Lhasa) transport allowance thirty yuan, heating allowance thirty-nine point eight eight yuan and transitional welfare payment two hundred sixty yuan; other area classes not found.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
E	2025-11			sheets_transcribed	unverified	10:0.05 15:0.10 20:0.15	
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2026-01		0.20	gh_weante_xizang	unverified		
P	flex_women_retirement_age	years
E	2006-01		45	gh_calc_engine	unverified		
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
E	2000-07		0.014	gh_calc_bundle	unverified		
P	transitional_years	rule
P	years_rule	rule
R	YN	云南省	Yunnan	
P	avg_wage	yuan/month
E	2023-01		6906	gh_calc_bundle	unverified		
E	2024-01		7177	gh_jiabin_salary	unverified		
E	2025-01		7263	gh_calc_anchor	corroborated		
E	2026-01		7339	yn_rs_2026_8	corroborated		
P	base_ceiling	yuan/month
E	2024-01		21531	gh_jiabin_salary	unverified		
E	2025-01		21789	gh_km_payroll	corroborated		
E	2026-01		22017	yn_rs_2026_8	corroborated		
P	base_floor	yuan/month
E	2024-01		4306.2	gh_jiabin_salary	unverified		
E	2025-01		4357	gh_km_payroll	corroborated		
E	2026-01		4403	yn_rs_2026_8	corroborated		
P	basic_base	rule
P	benefit_base	yuan/month
E	2020-01		7095	gh_calc_bundle	unverified		
E	2021-01		7455	gh_calc_bundle	unverified		
E	2022-01		7767	gh_calc_bundle	unverified		
E	2023-01		8023	gh_calc_bundle	unverified		
E	2024-01		8183	gh_calc_bundle	unverified		
E	2025-01		8265	gh_jifa_list	corroborated		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
E	2002-01			gh_calc_engine	unverified	One-child parents holding the one-child certificate get a monthly extra equal to five percent of the previous year's provincial average monthly basic pension of enterprise retirees; the source says it applies when no transitional adjustment fund (过渡性调节金) is paid.	
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
E	2023-01			longling_2023_resident	corroborated		
T	200	30
T	300	35
T	400	40
T	500	60
T	600	72
T	700	84
T	800	96
T	900	108
T	1000	120
T	1500	180
T	2000	240
T	3000	240
T	4000	240
T	5000	240
T	6000	240
T	7000	240
T	8000	240
T	9000	240
P	transitional_base	rule
P	transitional_coefficient	ratio
E	1995-10		0.013	gh_calc_bundle	unverified		
P	transitional_years	rule
E	2025-01			sheets_transcribed	unverified	pre_account	
P	years_rule	rule
R	ZJ	浙江省	Zhejiang	
P	avg_wage	yuan/month
E	2023-01		8020	gh_liubigfatty_zj	unverified		
E	2024-01		8310	zj_tax_2025_qa	verified		
E	2025-01		8433	zj_tax_2025_qa	verified		
P	base_ceiling	yuan/month
E	2024-01		24930	gh_jiabin_salary	unverified		
E	2025-01		25299	zj_tax_2025_qa	verified		
P	base_floor	yuan/month
E	2023-01		4462	zj_tax_2024_qa	verified		
E	2024-01		4812	zj_tax_2024_qa	verified		
E	2025-01		4986	zj_tax_2025_qa	verified		
P	basic_base	rule
P	benefit_base	yuan/month
E	2024-01		8310	gh_liubigfatty_zj	unverified		
E	2025-01		8433	gh_idx_68747576956	unverified		
P	city_rules	rule
P	divisor_rule	rule
P	employee_extras	rule
P	extra_flat	yuan/month
P	extra_indexed_per_year	ratio
P	extra_local_years_tiers	rule
P	extra_per_whole_year	yuan/month/year
P	flex_nonlocal_allowed	flag
P	flex_rate	ratio
E	2024-01		0.20	zj_tax_2024_qa	verified		
P	flex_women_retirement_age	years
P	oneoff_base_ratio	ratio
P	oneoff_rate	ratio
P	print_rounding	rule
P	resident_base_topup	yuan/month
E	2014-01		45	zj_2014_resident	verified		
E	2014-07		30	zj_2014_resident	unverified		
E	2015-01	2017-12	50	zj_2015_resident	unverified		
P	resident_interest	ratio
P	resident_long_service_extra	yuan/month/year
P	resident_tiers	yuan/year
P	transitional_base	rule
P	transitional_coefficient	ratio
P	transitional_years	rule
P	years_rule	rule
Z	2053	71db6a1f
`;
