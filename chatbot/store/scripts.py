"""The Lua scripts behind the store's atomic changes; each touches only keys sharing one draft's hash tag.

KEYS: the draft's meta hash, its approvers set, its audit stream (CREATE: meta and audit only).
"""

from __future__ import annotations

CREATE = """
local existing = redis.call('HGET', KEYS[1], 'state')
if existing then return {0, existing} end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'version', 1, 'author', ARGV[2], 'created_at', ARGV[3],
           'updated_at', ARGV[3], 'record', ARGV[4])
redis.call('XADD', KEYS[2], '*', 'at', ARGV[3], 'transition', 'created', 'from', '', 'to', 'checking',
           'actor', ARGV[2], 'detail', '{}')
if ARGV[1] ~= 'checking' then
  redis.call('XADD', KEYS[2], '*', 'at', ARGV[3], 'transition', ARGV[5], 'from', 'checking', 'to', ARGV[1],
             'actor', 'countersign', 'detail', ARGV[6])
end
return {1, ARGV[1]}
"""
TRANSITION = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing', ''} end
local allowed = false
for s in string.gmatch(ARGV[2], '[^,]+') do if s == state then allowed = true end end
if not allowed then return {'refused', state} end
redis.call('HSET', KEYS[1], 'state', ARGV[3], 'updated_at', ARGV[5])
if ARGV[7] ~= '' then redis.call('HSET', KEYS[1], 'record', ARGV[7]) end
redis.call('HINCRBY', KEYS[1], 'version', 1)
if ARGV[3] == 'checking' then redis.call('DEL', KEYS[2]) end
redis.call('XADD', KEYS[3], '*', 'at', ARGV[5], 'transition', ARGV[1], 'from', state, 'to', ARGV[3],
           'actor', ARGV[4], 'detail', ARGV[6])
return {'ok', state}
"""
APPROVE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing', 0, ''} end
if state ~= 'awaiting_approval' then return {'refused', redis.call('SCARD', KEYS[2]), state} end
if ARGV[5] ~= '' and redis.call('HGET', KEYS[1], 'version') ~= ARGV[5] then
  return {'stale', redis.call('SCARD', KEYS[2]), state}  -- edited since the approver's version was read
end
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return {'already', redis.call('SCARD', KEYS[2]), state} end
local count = redis.call('SCARD', KEYS[2])
local now = 'counted'
if count >= tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'state', 'approved', 'updated_at', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'version', 1)
  now = 'approved'
end
redis.call('XADD', KEYS[3], '*', 'at', ARGV[3], 'transition', 'approval', 'from', state,
           'to', now == 'approved' and 'approved' or state, 'actor', ARGV[1], 'detail', ARGV[4])
return {now, count, now == 'approved' and 'approved' or state}
"""
REVOKE = """
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {'missing', 0, ''} end
if state ~= 'awaiting_approval' and state ~= 'approved' and state ~= 'scheduled' then
  return {'refused', redis.call('SCARD', KEYS[2]), state}
end
if redis.call('SREM', KEYS[2], ARGV[1]) == 0 then return {'not-approver', redis.call('SCARD', KEYS[2]), state} end
local count = redis.call('SCARD', KEYS[2])
local to = state
if state ~= 'awaiting_approval' and count < tonumber(ARGV[2]) then
  to = 'awaiting_approval'
  redis.call('HSET', KEYS[1], 'state', to, 'updated_at', ARGV[3])
  redis.call('HINCRBY', KEYS[1], 'version', 1)
end
redis.call('XADD', KEYS[3], '*', 'at', ARGV[3], 'transition', 'approval_revoked', 'from', state, 'to', to,
           'actor', ARGV[1], 'detail', '{}')
return {'revoked', count, to}
"""
# Retention: delete a draft's words, photos and approvers; keep its audit, with any published text taken out.
# KEYS: meta, approvers, audit, photos. ARGV: the updated_at the sweeper saw (a change since spares it), now.
PURGE = """
local updated = redis.call('HGET', KEYS[1], 'updated_at')
if not updated or updated ~= ARGV[1] then return 0 end
local state = redis.call('HGET', KEYS[1], 'state')
redis.call('DEL', KEYS[1], KEYS[2], KEYS[4])
local entries = redis.call('XRANGE', KEYS[3], '-', '+')
redis.call('DEL', KEYS[3])
for _, entry in ipairs(entries) do
  local fields = entry[2]
  for i = 1, #fields, 2 do
    if fields[i] == 'detail' then
      local ok, detail = pcall(cjson.decode, fields[i + 1])
      if ok and type(detail) == 'table' and detail['text'] ~= nil then
        detail['text'] = nil
        fields[i + 1] = cjson.encode(detail)
      end
    end
  end
  redis.call('XADD', KEYS[3], entry[1], unpack(fields))
end
redis.call('XADD', KEYS[3], '*', 'at', ARGV[2], 'transition', 'purged', 'from', state, 'to', 'purged',
           'actor', 'countersign', 'detail', '{}')
return 1
"""
