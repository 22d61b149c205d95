// A named module built from the README's pom.xml: javac put the processor jar on the module path.
def classes = new File(basedir, 'target/classes')
assert new File(classes, 'module-info.class').isFile()
assert new File(classes, 'com/example/fleet/FleetDeepCopy.class').isFile()
assert new File(classes, 'com/example/fleet/Fleet_ShipDeepCopy.class').isFile()
assert new File(classes, 'com/example/fleet/Fleet_BerthDeepCopy.class').isFile()
// The module reads no java.compiler, so the copiers carry no @Generated it could not see.
def source = new File(basedir, 'target/generated-sources/annotations/com/example/fleet/FleetDeepCopy.java').text
assert !source.contains('@Generated')

def loader = new URLClassLoader([classes.toURI().toURL()] as URL[], this.class.classLoader)
def fleetClass = loader.loadClass('com.example.fleet.Fleet')
def ship = loader.loadClass('com.example.fleet.Fleet$Ship').getDeclaredConstructor().newInstance()
ship.callSign = 'PX-1'
ship.crew = ['ada']
def fleet = fleetClass.getDeclaredConstructor().newInstance()
fleet.name = 'north'
fleet.ships = [ship]
fleet.berths = [a: loader.loadClass('com.example.fleet.Fleet$Berth').getDeclaredConstructor(int, List).newInstance(1, ['PX-1'])]

def copy = loader.loadClass('com.example.fleet.FleetDeepCopy').getMethod('deepCopy', fleetClass).invoke(null, fleet)
assert !copy.ships.is(fleet.ships) && !copy.ships[0].is(ship) && copy.ships[0].crew == ['ada']
assert !copy.ships[0].crew.is(ship.crew)
assert !copy.berths.a.is(fleet.berths.a) && copy.berths.a.reservedFor() == ['PX-1']
return true
