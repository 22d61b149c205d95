// Lombok listed after deepcopy-processor, with -Xlint:all -Werror: the copiers exist and copy deeply.
def classes = new File(basedir, 'target/classes')
assert new File(classes, 'com/example/OrderDeepCopy.class').isFile()
assert new File(classes, 'com/example/MoneyDeepCopy.class').isFile()

def loader = new URLClassLoader([classes.toURI().toURL()] as URL[], this.class.classLoader)
def money = loader.loadClass('com.example.Money').getDeclaredConstructor(String, long.class, List)
    .newInstance('EUR', 1250L, ['paid by card'])
def orderClass = loader.loadClass('com.example.Order')
def order = orderClass.getDeclaredConstructor().newInstance()
order.id = 'o-1'
order.paid = true
order.items = ['book']
order.quantities = [book: 2]
order.total = money
def address = loader.loadClass('com.example.Address').getDeclaredConstructor(String, List)
    .newInstance('Lyon', ['1 rue de la Paix'])
order.shipTo = address

def copy = loader.loadClass('com.example.OrderDeepCopy').getMethod('deepCopy', orderClass).invoke(null, order)
assert copy == order && !copy.is(order)
assert !copy.items.is(order.items) && !copy.quantities.is(order.quantities)
assert !copy.total.is(money) && copy.total == money && !copy.total.notes.is(money.notes)
assert !copy.shipTo.is(address) && copy.shipTo == address && !copy.shipTo.lines.is(address.lines)
copy.items.add('pen')
assert order.items == ['book']
return true
