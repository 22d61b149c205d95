// The project built with the README's pom.xml alone: the copiers exist and copy deeply when run.
def classes = new File(basedir, 'target/classes')
assert new File(classes, 'com/example/CustomerDeepCopy.class').isFile()
assert new File(classes, 'com/example/Customer_AddressDeepCopy.class').isFile()
assert new File(classes, 'com/example/LocationDeepCopy.class').isFile()
assert new File(classes, 'com/example/CategoryDeepCopy.class').isFile()

def loader = new URLClassLoader([classes.toURI().toURL()] as URL[], this.class.classLoader)
def customerClass = loader.loadClass('com.example.Customer')
def customer = customerClass.getDeclaredConstructor().newInstance()
customer.name = 'Ada'
customer.tags.add('vip')
def address = loader.loadClass('com.example.Customer$Address').getDeclaredConstructor().newInstance()
address.city = 'London'
address.lines.add('1 Main St')
customer.address = address
customer.location = loader.loadClass('com.example.Location')
    .getDeclaredConstructor(String, List).newInstance('home', [51.5d, -0.1d])

def copy = loader.loadClass('com.example.CustomerDeepCopy').getMethod('deepCopy', customerClass).invoke(null, customer)
assert !copy.is(customer)
assert copy.name == 'Ada' && copy.tags == ['vip'] && !copy.tags.is(customer.tags)
assert !copy.address.is(address) && copy.address.city == 'London' && !copy.address.lines.is(address.lines)
assert !copy.location.is(customer.location) && copy.location.coordinates() == [51.5d, -0.1d]
assert !copy.location.coordinates().is(customer.location.coordinates())
copy.tags.add('changed')
assert customer.tags == ['vip']

// graph = true: parent links are cycles, and a category related to two others is one object in the copy.
def categoryClass = loader.loadClass('com.example.Category')
def category = { String name, parent ->
    def made = categoryClass.getDeclaredConstructor().newInstance()
    made.name = name
    made.parent = parent
    if (parent != null) {
        parent.children.add(made)
    }
    made
}
def root = category('all', null)
def books = category('books', root)
def music = category('music', root)
books.related.add(music)
root.related.add(music)
def graph = loader.loadClass('com.example.CategoryDeepCopy').getMethod('deepCopyGraph', categoryClass).invoke(null, root)
assert !graph.is(root) && graph.name == 'all' && graph.parent == null
def copiedBooks = graph.children[0]
def copiedMusic = graph.children[1]
assert !copiedBooks.is(books) && !copiedMusic.is(music)
assert copiedBooks.parent.is(graph) && copiedMusic.parent.is(graph)
assert copiedBooks.related[0].is(copiedMusic) && graph.related[0].is(copiedMusic)
copiedMusic.name = 'changed'
assert music.name == 'music'
return true
