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
</TS>