-- CUS-2: generic example industry fields. Industry packs switch on the ones they need (or add their
-- own); three are active out of the box so the demo shows a choice, a text and a date field.
insert into customer_field_def (code, label, label_en, field_type, required, max_length, min_value, max_value, choices,
                                pattern, applies_to, sort_order, active, created_at, created_by, updated_at, updated_by)
values
    ('VOLTAGE', '电压等级', 'Voltage class', 'CHOICE', false, null, null, null, '高压|低压',
     null, null, 10, true, current_timestamp, 'system', current_timestamp, 'system'),
    ('BUILDING_UNIT', '楼栋单元', 'Building and unit', 'TEXT', false, 30, null, null, null,
     null, null, 20, true, current_timestamp, 'system', current_timestamp, 'system'),
    ('MOVE_IN_DATE', '入住日期', 'Move-in date', 'DATE', false, null, null, null, null,
     null, 'INDIVIDUAL', 30, true, current_timestamp, 'system', current_timestamp, 'system'),
    ('VIN', '车架号', 'VIN', 'TEXT', false, 17, null, null, null,
     '[A-HJ-NPR-Z0-9]{17}', null, 40, false, current_timestamp, 'system', current_timestamp, 'system'),
    ('PLATE', '车牌号', 'Plate number', 'TEXT', false, 10, null, null, null,
     null, null, 50, false, current_timestamp, 'system', current_timestamp, 'system'),
    ('RETAIL_LICENCE', '零售许可证号', 'Retail licence number', 'TEXT', false, 20, null, null, null,
     '[0-9A-Za-z]{6,20}', null, 60, false, current_timestamp, 'system', current_timestamp, 'system'),
    ('MONTHLY_KWH', '月均用电量（千瓦时）', 'Monthly consumption (kWh)', 'NUMBER', false, null, 0, 100000000, null,
     null, null, 70, false, current_timestamp, 'system', current_timestamp, 'system'),
    ('HAS_CHARGER', '有充电桩', 'Has a charging point', 'BOOLEAN', false, null, null, null, null,
     null, null, 80, false, current_timestamp, 'system', current_timestamp, 'system');
