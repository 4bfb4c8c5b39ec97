-- SVC-1: the request-category tree (platform dictionary 'request-category', editable by administrators)
-- completed from the practice in shared/seeds: property service (居家维修与公共区域报修, 遗漏工程维修联系单,
-- 保洁, 绿化, 违章停放, 消防, 接待与电话报修) and a commercial customer centre (油品质量、配送、价格).
-- Only items that do not exist yet are added, so an administrator's own items are kept.

insert into platform_dict_item (type_id, code, label, parent_code, sort_order)
select t.id, v.code, v.label, v.parent_code, v.sort_order
from platform_dict_type t,
     (values ('supply', '供应服务', cast(null as varchar(32)), 60))
         as v (code, label, parent_code, sort_order)
where t.code = 'request-category'
  and not exists (select 1 from platform_dict_item i where i.type_id = t.id and i.code = v.code);

insert into platform_dict_item (type_id, code, label, parent_code, sort_order)
select t.id, v.code, v.label, v.parent_code, v.sort_order
from platform_dict_type t,
     (values ('drainage', '下水管道', 'engineering', 50),
             ('household-repair', '居家维修', 'engineering', 60),
             ('missed-works', '遗漏工程', 'engineering', 70),
             ('reception', '接待服务', 'service-attitude', 10),
             ('phone-service', '电话服务', 'service-attitude', 20),
             ('property-fee', '物业费', 'charges', 10),
             ('utility-fee', '水电费', 'charges', 20),
             ('cleaning', '保洁', 'environment', 10),
             ('greening', '绿化', 'environment', 20),
             ('parking', '车辆停放', 'safety', 10),
             ('fire-safety', '消防安全', 'safety', 20),
             ('patrol', '治安巡逻', 'safety', 30),
             ('product-quality', '产品质量', 'supply', 10),
             ('delivery', '配送', 'supply', 20),
             ('price', '价格', 'supply', 30))
         as v (code, label, parent_code, sort_order)
where t.code = 'request-category'
  and not exists (select 1 from platform_dict_item i where i.type_id = t.id and i.code = v.code);
