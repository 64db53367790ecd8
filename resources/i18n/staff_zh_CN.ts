<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>Owner</source>
        <translation>老板/店长</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Only the owner can export lists: the customer list belongs to the shop.</source>
        <translation>只有老板可以导出名单：客户名单属于车行。</translation>
    </message>
    <message>
        <source>Only the owner can make or restore backups.</source>
        <translation>只有老板可以备份或恢复数据。</translation>
    </message>
    <message>
        <source>Only the owner can import or undo an import.</source>
        <translation>只有老板可以导入或撤销导入。</translation>
    </message>
    <message>
        <source>Only the owner can erase a customer's data.</source>
        <translation>只有老板可以彻底删除客户资料。</translation>
    </message>
    <message>
        <source>Only the owner can merge customers.</source>
        <translation>只有老板可以合并客户。</translation>
    </message>
    <message>
        <source>Only the owner can change the settings.</source>
        <translation>只有老板可以修改设置。</translation>
    </message>
    <message>
        <source>Only the owner can reverse a ledger entry.</source>
        <translation>只有老板可以冲正流水。</translation>
    </message>
    <message>
        <source>Only the owner can manage staff, roles and PINs.</source>
        <translation>只有老板可以管理员工、角色和密码。</translation>
    </message>
    <message>
        <source>Only the owner can hand customers over to colleagues.</source>
        <translation>只有老板可以把客户交接给同事。</translation>
    </message>
    <message>
        <source>Only the owner can read the audit trail.</source>
        <translation>只有老板可以查看操作记录。</translation>
    </message>
    <message>
        <source>This is a colleague's customer: ask the owner to reassign them to you.</source>
        <translation>这是同事的客户：请老板把客户转给您。</translation>
    </message>
    <message>
        <source>You can print call lists of your own customers only.</source>
        <translation>您只能打印自己客户的回访清单。</translation>
    </message>
    <message>
        <source>Copy this list (names and phones)</source>
        <translation>复制此名单（姓名和电话）</translation>
    </message>
</context>
<context>
    <name>AccessBanner</name>
    <message>
        <source>Ask to reassign</source>
        <translation>申请转给我</translation>
    </message>
    <message>
        <source>{name} is {owner}'s customer: you can read the history; the phone number is hidden.</source>
        <translation>{name} 是 {owner} 的客户：您可以查看跟进记录，电话号码已隐藏。</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>The owner sees your request in the audit trail and on the hand-over page.</source>
        <translation>老板会在操作记录和交接页面看到您的申请。</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>{status} (recycle bin)</source>
        <translation>{status}（回收站）</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂未分配</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>交给</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Changes to records</source>
        <translation>资料修改</translation>
    </message>
    <message>
        <source>Exports, prints and copies</source>
        <translation>导出、打印和复制</translation>
    </message>
    <message>
        <source>Sign-ins, PINs and hand-overs</source>
        <translation>登录、密码和交接</translation>
    </message>
    <message>
        <source>staff member no. {id} (deleted)</source>
        <translation>员工 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>customer no. {id} (deleted)</source>
        <translation>客户 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>level no. {id} (deleted)</source>
        <translation>级别 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>vehicle no. {id} (deleted)</source>
        <translation>车辆 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>card no. {id} (deleted)</source>
        <translation>会员卡 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>package no. {id} (deleted)</source>
        <translation>套餐 {id} 号（已删除）</translation>
    </message>
    <message>
        <source>package type no. {id} (deleted)</source>
        <translation>套餐类型 {id} 号（已删除）</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history: {name}</source>
        <translation>修改记录：{name}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>second phone</source>
        <translation>第二电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>wanted car</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>deal price (cents)</source>
        <translation>成交价（分）</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>at work</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>package type</source>
        <translation>套餐类型</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <source>amount (cents)</source>
        <translation>金额（分）</translation>
    </message>
    <message>
        <source>marketing consent</source>
        <translation>同意营销联系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>{name} (command line)</source>
        <translation>{name}（命令行）</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>package</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>ledger entry</source>
        <translation>流水</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>流水</translation>
    </message>
    <message>
        <source>call list</source>
        <translation>回访清单</translation>
    </message>
    <message>
        <source>customer profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>membership card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Added {record}</source>
        <translation>新增{record}</translation>
    </message>
    <message>
        <source>Changed {record}</source>
        <translation>修改{record}</translation>
    </message>
    <message>
        <source>Deleted {record}</source>
        <translation>删除{record}</translation>
    </message>
    <message>
        <source>Exported {what}: {rows} rows</source>
        <translation>导出{what}：{rows} 行</translation>
    </message>
    <message>
        <source>Printed {what}: {rows} rows</source>
        <translation>打印{what}：{rows} 行</translation>
    </message>
    <message>
        <source>Copied {what}: {rows} rows</source>
        <translation>复制{what}：{rows} 行</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>PIN cleared</source>
        <translation>清除密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>客户交接</translation>
    </message>
    <message>
        <source>Hand-over undone</source>
        <translation>撤销交接</translation>
    </message>
    <message>
        <source>Erased a customer on request (#{id})</source>
        <translation>应客户要求彻底删除（#{id}）</translation>
    </message>
    <message>
        <source>Asked to be given {name}</source>
        <translation>申请接手 {name}</translation>
    </message>
    <message>
        <source>{name}: wrong PINs in a row: {n}</source>
        <translation>{name}：连续输错密码 {n} 次</translation>
    </message>
    <message>
        <source>{name}, now the owner</source>
        <translation>{name}，成为老板</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>卡号 {number}</translation>
    </message>
    <message>
        <source>{name}: {n} customers</source>
        <translation>{name}：{n} 位客户</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>{n} entries shown, newest first</source>
        <translation>显示 {n} 条记录，最新的在前</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Choose colleagues other than the person leaving.</source>
        <translation>请选择离职人员以外的同事。</translation>
    </message>
    <message>
        <source>Choose one or more colleagues still at work.</source>
        <translation>请选择一位或几位在职同事。</translation>
    </message>
    <message>
        <source>This person is not on the staff list.</source>
        <translation>员工名单中没有这个人。</translation>
    </message>
    <message>
        <source>Give every customer of the person leaving to a colleague.</source>
        <translation>请把离职人员的每位客户都分给一位同事。</translation>
    </message>
    <message>
        <source>This hand-over was already undone.</source>
        <translation>这次交接已经撤销过了。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over {name}'s customers</source>
        <translation>交接 {name} 的客户</translation>
    </message>
    <message>
        <source>{name} looks after {n} customers. They go to the colleagues you choose, with their planned follow-ups, revisits and reminders; the history stays under {name}'s name. One undo puts everything back.</source>
        <translation>{name} 负责 {n} 位客户。客户连同计划中的跟进、回访和提醒交给您选的同事；历史记录仍留在 {name} 名下。一键撤销即可全部恢复。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <source>Evenly (each gets as many, hot and cold alike)</source>
        <translation>平均分配（每人数量相同，各级别均匀）</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按客户级别</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动分配</translation>
    </message>
    <message>
        <source>Give the selected customers to</source>
        <translation>把选中的客户交给</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Preview: what each colleague receives</source>
        <translation>预览：每位同事接手的内容</translation>
    </message>
    <message>
        <source>Mark {name} as left</source>
        <translation>将 {name} 标记为已离职</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Some customers go to nobody yet (in red).</source>
        <translation>有些客户还没有分配（红色）。</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>DealerDesk is locked</source>
        <translation>车商客户管家已锁定</translation>
    </message>
    <message>
        <source>Signed in: {name}. Type your PIN to go on.</source>
        <translation>当前登录：{name}。输入密码继续。</translation>
    </message>
    <message>
        <source>Signed in: {name}. Sign in again to go on.</source>
        <translation>当前登录：{name}。请重新登录后继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Someone else signs in…</source>
        <translation>换人登录…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>A PIN is made of digits only.</source>
        <translation>密码只能由数字组成。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>密码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>Choose a PIN that is not one digit repeated.</source>
        <translation>请不要使用同一个数字重复组成的密码。</translation>
    </message>
</context>
<context>
    <name>SessionButton</name>
    <message>
        <source>Your PIN and the lock</source>
        <translation>我的密码和锁屏</translation>
    </message>
    <message>
        <source>My PIN…</source>
        <translation>我的密码…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁屏</translation>
    </message>
    <message>
        <source>The lock needs a PIN: set one first.</source>
        <translation>锁屏需要密码：请先设置密码。</translation>
    </message>
    <message>
        <source>You are the owner</source>
        <translation>您是老板</translation>
    </message>
    <message>
        <source>Your PIN is set and you are the shop's owner. Your colleagues sign in as salespeople and choose their own PIN at their next sign-in.</source>
        <translation>密码已设置，您现在是车行的老板。同事们下次登录时以业务员身份登录，并设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>SharesModel</name>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Planned follow-ups</source>
        <translation>计划跟进</translation>
    </message>
    <message>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>This person is not on the staff list.</source>
        <translation>员工名单中没有这个人。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {n} seconds.</source>
        <translation>密码错误次数过多，请 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {n} minutes.</source>
        <translation>密码错误次数过多，请 {n} 分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Please choose your PIN first.</source>
        <translation>请先设置您的密码。</translation>
    </message>
    <message>
        <source>This is the only owner with a PIN: make someone else owner first.</source>
        <translation>这是唯一设有密码的老板：请先把其他人设为老板。</translation>
    </message>
    <message>
        <source>Choose owner or salesperson.</source>
        <translation>请选择老板或业务员。</translation>
    </message>
    <message>
        <source>The shop needs an owner with a PIN: make someone else owner first.</source>
        <translation>车行需要一位设有密码的老板：请先把其他人设为老板。</translation>
    </message>
</context>
<context>
    <name>StaffExtras</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Clear PIN</source>
        <translation>清除密码</translation>
    </message>
    <message>
        <source>For a forgotten PIN: the person chooses a new one at their next sign-in.</source>
        <translation>忘记密码时使用：此人下次登录时重新设置密码。</translation>
    </message>
    <message>
        <source>Hand over their customers…</source>
        <translation>交接其客户…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>锁屏时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>without use (0: never). Only once a PIN is set.</source>
        <translation>无操作后锁屏（0：从不）。设置密码后才生效。</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <source>Undo this hand-over</source>
        <translation>撤销这次交接</translation>
    </message>
    <message>
        <source>Requests to reassign a customer</source>
        <translation>转客户申请</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Roles apply once someone has set a PIN ("My PIN" at the top right).</source>
        <translation>有人设置密码后角色才生效（右上角“我的密码”）。</translation>
    </message>
    <message>
        <source>{when}  {name}: {n} customers, by {by}</source>
        <translation>{when}  {name}：{n} 位客户，操作人 {by}</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <source>{when}  {who} asks for {customer}</source>
        <translation>{when}  {who} 申请接手 {customer}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
</TS>